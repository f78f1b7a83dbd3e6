import { readFileSync } from 'node:fs';

/** `${{NAME}}`: how Teams Toolkit marks an environment variable in manifests, parameters and teamsapp.yml. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Reads a Toolkit environment file (`env/.env.dev`): `NAME=value` lines, `#` comments, values
 * optionally in single or double quotes (the only way to keep leading spaces).
 */
export function parseEnvironmentFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trim().startsWith('#')) continue;
    const [, name = '', raw = ''] = match;
    const quoted = /^(['"])(.*)\1$/.exec(raw);
    values[name] = quoted ? (quoted[2] ?? '') : raw.replace(/\s+#.*$/, '');
  }
  return values;
}

export function readEnvironmentFile(file: string): Record<string, string> {
  return parseEnvironmentFile(readFileSync(file, 'utf8'));
}

/** Every variable a template refers to, once each, in order of first use. */
export function listPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

export class MissingEnvironmentValuesError extends Error {
  constructor(
    readonly missing: string[],
    source: string,
  ) {
    super(`${source} needs values for: ${missing.join(', ')}`);
    this.name = 'MissingEnvironmentValuesError';
  }
}

/**
 * Replaces every `${{NAME}}` with its value, as the Toolkit does. A variable that is missing or
 * empty is an error (named, all at once), unless it may be empty (a name suffix).
 */
export function fillPlaceholders(text: string, values: Record<string, string | undefined>, source: string, mayBeEmpty: readonly string[] = []): string {
  const missing = listPlaceholders(text).filter((name) => values[name] === undefined || (values[name] === '' && !mayBeEmpty.includes(name)));
  if (missing.length > 0) throw new MissingEnvironmentValuesError(missing, source);
  return text.replace(PLACEHOLDER, (_placeholder, name: string) => values[name] ?? '');
}
