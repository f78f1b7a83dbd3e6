import fc from 'fast-check';
import { binValueAgainstEffort } from './bin-value-against-effort';
import type { ValueEffortPoint } from './place-value-against-effort';

const pointArbitrary = fc.record({
  value: fc.integer({ min: 0, max: 100 }),
  effortDays: fc.integer({ min: 0, max: 2_000 }),
  quadrant: fc.constantFrom('quick_win', 'major_project', 'fill_in', 'question' as const),
});

describe('binValueAgainstEffort', () => {
  it('puts every request in exactly one bin whose bands hold its value and effort', () => {
    fc.assert(
      fc.property(fc.array(pointArbitrary, { maxLength: 300 }), fc.integer({ min: 1, max: 12 }), (raw, bands) => {
        const points = raw.map((point, index): ValueEffortPoint => ({ ...point, id: `EH-2026-${index}`, title: 't', x: 0, y: 0 }));
        const maxEffortDays = Math.max(1, ...points.map((point) => point.effortDays));
        const result = binValueAgainstEffort(points, maxEffortDays, bands);
        const total = result.bins.flat().reduce((sum, bin) => sum + bin.count, 0);
        expect(total).toBe(points.length);
        expect(Object.values(result.quadrantCounts).reduce((sum, count) => sum + count, 0)).toBe(points.length);
        for (const point of points) {
          const holding = result.bins.flat().filter((bin) => point.value >= bin.valueFrom && point.value <= bin.valueTo && point.effortDays >= bin.effortFrom && point.effortDays <= bin.effortTo);
          expect(holding).toHaveLength(1);
        }
      }),
    );
  });

  it('lays value bands highest first and effort bands lightest first', () => {
    const result = binValueAgainstEffort([], 59, 6);
    expect(result.valueBands.map((band) => `${band.from}–${band.to}`)).toEqual(['80–100', '60–79', '40–59', '20–39', '0–19']);
    expect(result.effortBands.map((band) => `${band.from}–${band.to}`)).toEqual(['0–9', '10–19', '20–29', '30–39', '40–49', '50–59']);
    expect(result.largestCount).toBe(0);
  });
});
