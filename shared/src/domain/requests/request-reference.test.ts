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

  it.each([
    ['EH-2026-0031', 'EH-2026-0031'],
    ['eh 2026 31', 'EH-2026-0031'],
    ['EH20260031', 'EH-2026-0031'],
    ['EH-26-31', 'EH-2026-0031'],
    ['what about eh/2026/31?', 'EH-2026-0031'],
    ['Eh-2027-12345 please', 'EH-2027-12345'],
  ])('reads "%s" as %s', (text, reference) => {
    expect(findRequestReference(text)).toBe(reference);
  });

  it('does not take ordinary words or numbers for a reference', () => {
    expect(findRequestReference('eh, 2026 was a good year')).toBeUndefined();
    expect(findRequestReference('the help desk on 2026')).toBeUndefined();
    expect(findRequestReference('we need 31 laptops')).toBeUndefined();
  });

  it('recognises only well-formed references', () => {
    expect(isRequestReference('EH-2026-0042')).toBe(true);
    expect(isRequestReference('EH-26-42')).toBe(false);
  });
});
