import { decodeKey, encodeKey, prefixUpperBound, timeKey } from './keys';

describe('Table Storage keys', () => {
  it('encodes characters keys may not hold, reversibly', () => {
    for (const value of ['a/b\\c#d?e', 'tab\there', "O'Brien & Co", 'Zoë – Ünïcode 🏛️', '_already_encoded_0041']) {
      const encoded = encodeKey(value);
      // eslint-disable-next-line no-control-regex -- control characters are exactly what keys may not hold
      expect(encoded).not.toMatch(/[/\\#?\u0000-\u001f\u007f-\u009f|]/);
      expect(decodeKey(encoded)).toBe(value);
    }
  });

  it('leaves plain ids readable', () => {
    expect(encodeKey('EH-2026-0042')).toBe('EH-2026-0042');
  });

  it('bounds a prefix range and keeps time order in keys', () => {
    expect(prefixUpperBound('request|')).toBe('request}');
    expect(timeKey('2026-11-22T02:34:00.123Z') < timeKey('2026-11-22T10:00:00.000Z')).toBe(true);
  });
});
