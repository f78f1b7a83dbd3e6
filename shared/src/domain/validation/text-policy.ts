/**
 * The one text policy for everything a person types into Entrance Hall (API, bot, tab, add-in):
 * characters that are invisible, change how text around them is shown, or are not text at all are
 * refused, so what is stored is what people see in Teams, the tab and Word.
 *
 * - C0 controls (U+0000–U+001F), DEL and C1 controls (U+007F–U+009F). Long text may hold line
 *   breaks (LF, or CR LF) and tabs; short text (titles, names) is one line.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): "Invoice
 *   U+202E gpj.exe" shows as "Invoice exe.jpg". The marks LRM, RLM and ALM (U+200E, U+200F,
 *   U+061C) are allowed: they only steer neutral characters and are needed in Arabic and Hebrew.
 * - Lone surrogates (a broken UTF-16 pair) and non-characters (U+FDD0–U+FDEF and the last two code
 *   points of every plane, U+FFFE, U+FFFF, U+1FFFE … U+10FFFF).
 */
export interface ForbiddenCharacter {
  /** The offending code point, as U+XXXX. */
  codePoint: string;
  /** What kind of character it is, in words a person understands. */
  kind: 'a control character' | 'a text-direction control' | 'a broken character' | 'a non-character';
}

/** The first character the policy refuses, or undefined when the text may be stored. */
export function findForbiddenCharacter(value: string, options: { multiline: boolean }): ForbiddenCharacter | undefined {
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        const codePoint = value.codePointAt(index)!;
        index += 1;
        if ((codePoint & 0xfffe) === 0xfffe) return forbidden(codePoint, 'a non-character');
        continue;
      }
      return forbidden(unit, 'a broken character');
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return forbidden(unit, 'a broken character');
    const kind = classify(unit, value.charCodeAt(index + 1), options.multiline);
    if (kind) return forbidden(unit, kind);
  }
  return undefined;
}

function classify(unit: number, next: number, multiline: boolean): ForbiddenCharacter['kind'] | undefined {
  if (unit < 0x20) {
    const lineBreakOrTab = unit === 0x09 || unit === 0x0a || (unit === 0x0d && next === 0x0a);
    return multiline && lineBreakOrTab ? undefined : 'a control character';
  }
  if (unit >= 0x7f && unit <= 0x9f) return 'a control character';
  if ((unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069)) return 'a text-direction control';
  if ((unit >= 0xfdd0 && unit <= 0xfdef) || unit === 0xfffe || unit === 0xffff) return 'a non-character';
  return undefined;
}

function forbidden(codePoint: number, kind: ForbiddenCharacter['kind']): ForbiddenCharacter {
  return { codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`, kind };
}

/** The sentence shown next to the field. */
export function describeForbiddenCharacter(label: string, problem: ForbiddenCharacter): string {
  return `${label} contains ${problem.kind} (${problem.codePoint}) that cannot be stored; remove it and try again.`;
}
