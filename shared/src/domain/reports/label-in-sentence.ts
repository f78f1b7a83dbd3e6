/** Abbreviations a screen reader would otherwise read as a word, spelled out for sentences. */
const SPOKEN: [RegExp, string][] = [
  [/\s*\(RAG\)/g, ' (red, amber or green)'],
  [/\(1–5\)/g, '(1 to 5)'],
  [/\bRef\b/g, 'reference'],
];

/**
 * A column label as it reads inside a sentence: "Needed by" → "needed by", "ICT days" stays "ICT
 * days" (an acronym keeps its capitals), "Status (RAG)" → "status (red, amber or green)".
 */
export function labelInSentence(label: string): string {
  const spoken = SPOKEN.reduce((text, [pattern, words]) => text.replace(pattern, words), label);
  const [first = ''] = spoken.split(/\s/, 1);
  return first.length > 1 && first === first.toUpperCase() ? spoken : `${spoken.charAt(0).toLowerCase()}${spoken.slice(1)}`;
}

/** "a, b and c". */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
