import { NOT_KNOWN, formatDays, formatNumber, formatPounds } from './format-values';

describe('figures not known', () => {
  it('read "Not known" wherever they are shown (bot, tab, Word tables), never £0 or 0 days', () => {
    expect(formatPounds(undefined)).toBe(NOT_KNOWN);
    expect(formatDays(undefined)).toBe('Not known');
    expect(formatNumber(undefined)).toBe('Not known');
    expect(formatPounds(0)).toBe('£0');
    expect(formatPounds(4001)).toBe('£4,001');
    expect(formatDays(1)).toBe('1 day');
  });
});
