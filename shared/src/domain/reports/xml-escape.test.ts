import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { escapeXml, escapeXmlLatin1 } from './xml-escape';

/** What an XML parser reads back from the escaped text, in an element and in an attribute. */
function readBack(escaped: string): { element: string; attribute: string } {
  const problems: string[] = [];
  const document = new DOMParser({ errorHandler: { warning: (message) => problems.push(message), error: (message) => problems.push(message), fatalError: (message) => problems.push(message) } }).parseFromString(
    `<t a="${escaped}">${escaped}</t>`,
    'text/xml',
  );
  expect(problems).toEqual([]);
  const root = document.documentElement!;
  return { element: root.textContent ?? '', attribute: root.getAttribute('a') ?? '' };
}

/**
 * The text as XML can carry it: without the control characters it cannot hold, a lone surrogate as
 * U+FFFD, and line ends as any XML parser reads them (a carriage return, alone or before a newline, as a newline).
 */
const carried = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n?/g, '\n');

describe('escapeXmlLatin1', () => {
  it('reads back as the same text in an element and an attribute, written one byte a character', () => {
    const characters = fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '–', '…', '’', '→', '£', 'é', '😀', '\u0001', '\uD800', '\uDC00', ' ', '\t', '\r', '\n'), fc.string({ unit: 'binary', maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        const escaped = escapeXmlLatin1(text);
        expect([...escaped].every((character) => character.charCodeAt(0) <= 0xff)).toBe(true);
        // Tabs and line ends in attributes are normalised to spaces by any parser: compare elements exactly, attributes with that rule.
        const { element, attribute } = readBack(escaped);
        expect(element).toBe(carried(text));
        expect(attribute).toBe(carried(text).replace(/[\t\n\r]/g, ' '));
      }),
    );
  });

  it('leaves Latin-1 text as escapeXml writes it', () => {
    expect(escapeXmlLatin1(`Tom & Jerry's "£5" <b>`)).toBe(escapeXml(`Tom & Jerry's "£5" <b>`));
    expect(escapeXmlLatin1('Green – on track')).toBe('Green &#8211; on track');
    expect(escapeXmlLatin1('Launch 🚀')).toBe('Launch &#128640;');
  });
});
