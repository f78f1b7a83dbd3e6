import fc from 'fast-check';
import { readAmount } from './read-amount';

describe('readAmount', () => {
  it.each([
    ['25000', 25000],
    ['£25,000', 25000],
    ['£4,000.50', 4001],
    ['4000.50', 4001],
    ['4000.49', 4000],
    ['1,234,567', 1234567],
    ['25k', 25000],
    ['£1.2m', 1200000],
    ['about 40', 40],
    ['forty', 40],
    ['0', 0],
  ])('reads "%s" as %d, pence rounded', (text, value) => {
    expect(readAmount(text)).toEqual({ kind: 'amount', value });
  });

  it.each(['', '  ', 'not known', "don't know", 'TBC', 'n/a', '?'])('reads "%s" as not known (never 0)', (text) => {
    expect(readAmount(text)).toEqual({ kind: 'not_known' });
  });

  it.each(['lots', 'twenty or thirty thousand maybe 25000 or 30000', '-500', '£-500', 'abc123def456'])('cannot read "%s"', (text) => {
    expect(readAmount(text)).toEqual({ kind: 'unreadable' });
  });

  it('reads any amount in pounds and pence written with thousands commas, rounded to the pound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (pounds, pence) => {
        const text = `£${pounds.toLocaleString('en-GB')}.${String(pence).padStart(2, '0')}`;
        expect(readAmount(text)).toEqual({ kind: 'amount', value: Math.round(pounds + pence / 100) });
      }),
    );
  });
});
