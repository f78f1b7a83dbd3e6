import type { Stage } from '../requests/stage';
import { isReportTableKey, type ReportChoices, type ReportTableKey } from './report-table';

/** Every Entrance Hall content control's tag starts with this, so refresh can tell ours from others. */
export const TABLE_TAG_PREFIX = 'eh1:';

/** Word keeps content-control tags and titles to 64 characters; longer ones are not safe to rely on. */
export const MAX_TAG_LENGTH = 64;

const API_ORDER: readonly (keyof ReportChoices)[] = ['year', 'theme', 'stage', 'from', 'to', 'meeting', 'top'];

/** Short names in tags, so a table's choices fit in 64 characters. */
const TAG_NAMES: Record<keyof ReportChoices, string> = { year: 'y', theme: 't', stage: 's', from: 'f', to: 'u', meeting: 'm', top: 'n' };
const STAGE_CODES: Record<Stage, string> = {
  submitted: 'sub',
  triage: 'tri',
  ready_for_decision: 'rfd',
  approved: 'app',
  in_delivery: 'del',
  closed: 'clo',
  deferred: 'def',
  rejected: 'rej',
  withdrawn: 'wdn',
};
const STAGE_BY_CODE = new Map(Object.entries(STAGE_CODES).map(([stage, code]) => [code, stage as Stage]));
const NAME_BY_TAG_NAME = new Map(Object.entries(TAG_NAMES).map(([name, short]) => [short, name as keyof ReportChoices]));

const present = (value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The choices as the API's query string, in a fixed order (stages comma-separated); empty choices are left out. */
export function formatChoicesQuery(choices: ReportChoices): string {
  const params = new URLSearchParams();
  for (const name of API_ORDER) {
    const value = choices[name];
    if (present(value)) params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}

/** Escapes only what would break the tag's own syntax. */
const escapeTagValue = (value: string) => value.replace(/[%&=?#]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** A short, stable fingerprint (FNV-1a, 32 bits) for choices too long to spell out in a tag. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The content control's tag: the table and its choices in short form, e.g.
 * `eh1:pipeline?t=workforce&s=rfd.def&n=5`. Refresh reads it back to fetch the same table.
 * Choices too long for Word's 64 characters become a fingerprint (`eh1:pipeline#1a2b3c4d`) and
 * the add-in keeps them in the document's settings beside the table's snapshot.
 */
export function buildTableTag(key: ReportTableKey, choices: ReportChoices): string {
  const parts: string[] = [];
  for (const name of API_ORDER) {
    const value = choices[name];
    if (!present(value)) continue;
    const text = name === 'stage' ? (value as Stage[]).map((stage) => STAGE_CODES[stage]).join('.') : String(value);
    parts.push(`${TAG_NAMES[name]}=${escapeTagValue(text)}`);
  }
  const tag = `${TABLE_TAG_PREFIX}${key}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
  return tag.length <= MAX_TAG_LENGTH ? tag : `${TABLE_TAG_PREFIX}${key}#${fingerprint(formatChoicesQuery(choices))}`;
}

export interface ParsedTableTag {
  key: ReportTableKey;
  /** The choices as the API's query string (validated by the API, not here); absent for a fingerprinted tag. */
  query?: string;
}

/** Reads a tag written by buildTableTag; undefined for anyone else's tag or a damaged one. */
export function parseTableTag(tag: string): ParsedTableTag | undefined {
  if (!tag.startsWith(TABLE_TAG_PREFIX)) return undefined;
  const rest = tag.slice(TABLE_TAG_PREFIX.length);
  const fingerprinted = /^([a-z-]+)#[0-9a-f]{8}$/.exec(rest);
  if (fingerprinted) return isReportTableKey(fingerprinted[1]!) ? { key: fingerprinted[1]! as ReportTableKey } : undefined;
  const [key, query = ''] = rest.split('?', 2) as [string, string?];
  if (!isReportTableKey(key)) return undefined;
  const choices: Record<string, unknown> = {};
  for (const part of query.split('&').filter(Boolean)) {
    const [short, raw = ''] = part.split('=', 2) as [string, string?];
    const name = NAME_BY_TAG_NAME.get(short);
    if (!name) return undefined;
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (name === 'stage') {
      const stages = value.split('.').map((code) => STAGE_BY_CODE.get(code));
      if (stages.some((stage) => stage === undefined)) return undefined;
      choices.stage = stages;
    } else choices[name] = value;
  }
  return { key, query: formatChoicesQuery(choices as ReportChoices) };
}
