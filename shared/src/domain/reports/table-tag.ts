import type { ActionStatus } from '../actions/action';
import type { Stage } from '../requests/stage';
import { fingerprintText } from './fingerprint-text';
import { isReportTableKey, type ReportChoices, type ReportTableKey } from './report-table';

/** Every Entrance Hall content control's tag starts with this, so refresh can tell ours from others. */
export const TABLE_TAG_PREFIX = 'eh1:';

/** Word keeps content-control tags and titles to 64 characters; longer ones are not safe to rely on. */
export const MAX_TAG_LENGTH = 64;

const API_ORDER: readonly (keyof ReportChoices)[] = ['year', 'theme', 'stage', 'status', 'from', 'to', 'meeting', 'top', 'landscape'];

/** Short names in tags, so a table's choices fit in 64 characters. */
const TAG_NAMES: Record<keyof ReportChoices, string> = { year: 'y', theme: 't', stage: 's', status: 'r', from: 'f', to: 'u', meeting: 'm', top: 'n', landscape: 'l' };
const STATUS_CODES: Record<ActionStatus, string> = { not_started: 'ns', on_track: 'ot', at_risk: 'ar', off_track: 'of', complete: 'co' };
const STATUS_BY_CODE = new Map(Object.entries(STATUS_CODES).map(([status, code]) => [code, status as ActionStatus]));
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

const present = (value: unknown) => value !== undefined && value !== '' && value !== false && !(Array.isArray(value) && value.length === 0);

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
    const text =
      name === 'stage'
        ? (value as Stage[]).map((stage) => STAGE_CODES[stage]).join('.')
        : name === 'status'
          ? (value as ActionStatus[]).map((status) => STATUS_CODES[status]).join('.')
          : name === 'landscape'
            ? '1'
            : String(value);
    parts.push(`${TAG_NAMES[name]}=${escapeTagValue(text)}`);
  }
  const tag = `${TABLE_TAG_PREFIX}${key}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
  return tag.length <= MAX_TAG_LENGTH ? tag : `${TABLE_TAG_PREFIX}${key}#${fingerprintText(formatChoicesQuery(choices))}`;
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
    if (name === 'stage' || name === 'status') {
      const codes = name === 'stage' ? STAGE_BY_CODE : STATUS_BY_CODE;
      const values = value.split('.').map((code) => codes.get(code));
      if (values.some((item) => item === undefined)) return undefined;
      choices[name] = values;
    } else if (name === 'landscape') {
      if (value !== '1') return undefined;
      choices.landscape = true;
    } else choices[name] = value;
  }
  return { key, query: formatChoicesQuery(choices as ReportChoices) };
}
