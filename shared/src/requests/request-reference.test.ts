import { findRequestReference, formatRequestReference, isRequestReference } from './request-reference';

describe('request references', () => {
  it('formats a reference with the year and a four-digit sequence', () => {
    expect(formatRequestReference(2026, 42)).toBe('EH-2026-0042');
    expect(formatRequestReference(2027, 12345)).toBe('EH-2027-12345');
  });

  it('finds a reference typed loosely in a chat message', () => {
    expect(findRequestReference('status of eh-2026-42 please')).toBe('EH-2026-0042');
    expect(findRequestReference('no reference here')).toBeUndefined();
  });

  it('recognises only well-formed references', () => {
    expect(isRequestReference('EH-2026-0042')).toBe(true);
    expect(isRequestReference('EH-26-42')).toBe(false);
  });
});
