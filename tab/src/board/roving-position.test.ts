import fc from 'fast-check';
import { moveRovingPosition, PAGE_ROWS } from './roving-position';

const KEYS = ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'] as const;

describe('moveRovingPosition', () => {
  it('always lands on a card that exists, whatever keys are pressed', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom(...KEYS), { maxLength: 40 }), (lengths, keys) => {
        fc.pre(lengths.some((length) => length > 0));
        let position = { column: lengths.findIndex((length) => length > 0), row: 0 };
        for (const key of keys) {
          position = moveRovingPosition(position, key, lengths)!;
          expect(position.column).toBeGreaterThanOrEqual(0);
          expect(position.row).toBeGreaterThanOrEqual(0);
          expect(position.row).toBeLessThan(lengths[position.column]!);
        }
      }),
    );
  });

  it('moves within a column, and skips empty columns sideways keeping the row as near as it can', () => {
    const lengths = [10, 0, 3, 20];
    expect(moveRovingPosition({ column: 0, row: 4 }, 'ArrowRight', lengths)).toEqual({ column: 2, row: 2 });
    expect(moveRovingPosition({ column: 2, row: 2 }, 'ArrowLeft', lengths)).toEqual({ column: 0, row: 2 });
    expect(moveRovingPosition({ column: 3, row: 5 }, 'ArrowRight', lengths)).toEqual({ column: 3, row: 5 });
    expect(moveRovingPosition({ column: 3, row: 5 }, 'End', lengths)).toEqual({ column: 3, row: 19 });
    expect(moveRovingPosition({ column: 3, row: 5 }, 'PageDown', lengths)).toEqual({ column: 3, row: 5 + PAGE_ROWS });
    expect(moveRovingPosition({ column: 0, row: 0 }, 'ArrowUp', lengths)).toEqual({ column: 0, row: 0 });
    expect(moveRovingPosition({ column: 0, row: 0 }, 'Enter', lengths)).toBeUndefined();
  });
});
