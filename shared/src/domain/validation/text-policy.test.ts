import fc from 'fast-check';
import { validateIntakeStep } from '../intake/intake-steps';
import { LIMITS, optionalText, requiredText } from './fields';
import { findForbiddenCharacter } from './text-policy';

const ORDINARY = [...'abc XYZ 019 ,.;:!?()£€-–—\'"ŵŷâêîôûë éñüßø ąęł αβγ ДЖЯ 中文 日本語 한국어 मराठी עברית العربية 😀👍🏽🏴󠁧󠁢󠁷󠁬󠁳󠁿'];
const ordinaryText = fc
  .array(fc.constantFrom(...ORDINARY), { minLength: 1, maxLength: 40 })
  .map((characters) => characters.join('').trim())
  .filter((value) => value.length > 0);

/** One example of every class the policy refuses, and how it is described. */
const FORBIDDEN: [string, string[], string][] = [
  ['C0 controls (NUL, BEL, ESC …)', ['\u0000', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F'], 'a control character'],
  ['DEL and C1 controls', ['\u007F', '\u0080', '\u0085', '\u009B', '\u009F'], 'a control character'],
  ['bidi embeddings, overrides and isolates', ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'], 'a text-direction control'],
  ['lone surrogates', ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'], 'a broken character'],
  ['non-characters', ['\uFFFE', '\uFFFF', '\uFDD0', '\uFDEF', '\u{1FFFE}', '\u{10FFFF}', '\u{EFFFF}'], 'a non-character'],
];

describe('the text policy', () => {
  const shortField = requiredText('Title', 120);
  const longField = requiredText('The problem', LIMITS.longText);
  const optionalLong = optionalText('Key risks', LIMITS.longText);

  it.each(FORBIDDEN)('refuses %s anywhere in short or long text, naming the field and the character', (_name, characters, kind) => {
    fc.assert(
      fc.property(ordinaryText, fc.constantFrom(...characters), fc.nat(), (value, character, at) => {
        const codePoints = [...value];
        codePoints.splice(at % (codePoints.length + 1), 0, character);
        // Wrapped in letters so trimming cannot remove a leading or trailing control.
        const tainted = `x${codePoints.join('')}x`;
        for (const [field, label] of [
          [shortField, 'Title'],
          [longField, 'The problem'],
          [optionalLong, 'Key risks'],
        ] as const) {
          const result = field.safeParse(tainted);
          expect(result.success).toBe(false);
          expect(result.error!.issues[0]!.message).toContain(`${label} contains ${kind}`);
        }
      }),
    );
  });

  it('accepts ordinary text in any script, emoji (surrogate pairs) and the bidi marks LRM, RLM and ALM', () => {
    fc.assert(
      fc.property(ordinaryText, fc.constantFrom('', '\u200E', '\u200F', '\u061C'), (value, mark) => {
        expect(shortField.parse(`${value}${mark}x`)).toBe(`${value}${mark}x`);
        expect(longField.parse(`${value}${mark}x`)).toBe(`${value}${mark}x`);
      }),
    );
  });

  it('allows line breaks and tabs in long text only', () => {
    const multiLine = 'First line\n\tindented\r\nThird line';
    expect(longField.parse(multiLine)).toBe(multiLine);
    expect(shortField.safeParse('Two\nlines').success).toBe(false);
    expect(shortField.safeParse('A\ttab').success).toBe(false);
    expect(longField.safeParse('A bare\rcarriage return').success).toBe(false);
  });

  it('names the code point', () => {
    expect(findForbiddenCharacter('Invoice \u202Egpj.exe', { multiline: false })).toEqual({ codePoint: 'U+202E', kind: 'a text-direction control' });
    expect(findForbiddenCharacter('x\u{10FFFF}', { multiline: true })).toEqual({ codePoint: 'U+10FFFF', kind: 'a non-character' });
  });

  it('is the policy the bot applies to intake answers too', () => {
    const result = validateIntakeStep('need', { title: 'Invoice \u202Egpj.exe', serviceArea: 'Finance', sponsor: 'Director', problem: 'Invoices', proposedOutcome: 'Checked invoices' }, undefined);
    expect(result.errors).toEqual([{ field: 'title', message: 'Title contains a text-direction control (U+202E) that cannot be stored; remove it and try again.' }]);
  });
});
