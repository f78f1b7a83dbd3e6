import fc from 'fast-check';
import { findVisibleWindow } from './visible-window';

describe('findVisibleWindow', () => {
  it('renders every row in view, within the list, and no more than the view and its overscan', () => {
    fc.assert(
      fc.property(fc.nat(5_000), fc.integer({ min: 1, max: 200 }), fc.integer({ min: -100, max: 500_000 }), fc.nat(2_000), fc.nat(10), (count, rowHeight, scrollTop, viewportHeight, overscan) => {
        const { start, end } = findVisibleWindow(count, rowHeight, scrollTop, viewportHeight, overscan);
        expect(0 <= start && start <= end && end <= count).toBe(true);
        const top = Math.min(Math.max(0, scrollTop), Math.max(0, count * rowHeight - viewportHeight));
        const firstInView = Math.floor(top / rowHeight);
        const lastInView = Math.ceil((top + viewportHeight) / rowHeight) - 1;
        if (viewportHeight > 0) for (const row of [firstInView, lastInView]) if (row >= 0 && row < count) expect(row >= start && row < end).toBe(true);
        expect(end - start).toBeLessThanOrEqual(Math.ceil(viewportHeight / rowHeight) + 1 + 2 * overscan);
      }),
    );
  });

  it('renders nothing for an empty list', () => {
    expect(findVisibleWindow(0, 80, 0, 600)).toEqual({ start: 0, end: 0 });
  });

  it('shows the first rows at the top and the last at the bottom', () => {
    expect(findVisibleWindow(1_000, 80, 0, 400, 2)).toEqual({ start: 0, end: 7 });
    expect(findVisibleWindow(1_000, 80, 80_000 - 400, 400, 2)).toEqual({ start: 993, end: 1_000 });
  });
});
