import MiniSearch, { type SearchResult } from 'minisearch';
import { FINISHED_STAGES, type Stage } from '../requests/stage';
import { CAPABILITIES, CAPABILITY_IDS, type Application, type Capability } from './application';

/** Words that say nothing about which system a need is for (they would match everything). */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or our the their this to was we with will ' +
    'need needs new current system systems software solution replacement replace replaces council service services team ' +
    'because out support so that which can use using used management'
  ).split(' '),
);

/** One normalisation for indexing and searching: lower case, no stop words, a plural's final s dropped. */
function processTerm(term: string): string | null {
  const word = term.toLowerCase();
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

const SEARCH_OPTIONS = { fuzzy: 0.2, prefix: (term: string) => term.length >= 4, combineWith: 'OR' as const };

/** What a need is about, as far as overlap goes. */
export interface OverlapQuery {
  /** The officer's words: title, problem, outcome, the systems named. */
  text: string;
  /** When known; otherwise inferred from the words (see inferCapability). */
  capability?: Capability;
  /** The request itself, never its own overlap. */
  excludeRequestId?: string;
}

/** An open request as the overlap search sees it. */
export interface OverlapRequest {
  id: string;
  title: string;
  problem: string;
  proposedOutcome: string;
  serviceArea: string;
  stage: Stage;
  systemsTouched: readonly string[];
  systemsReplaced: readonly string[];
}

export interface OverlapMatch {
  kind: 'application' | 'request';
  id: string;
  name: string;
  /** 0–100: how close, relative to the best candidate found (100 is the best). */
  relevance: number;
  /** Why it was suggested, in words. */
  reasons: string[];
  capability?: Capability;
  stage?: Stage;
}

export interface OverlapResult {
  /** The capability used: given, or inferred from the words (absent when nothing fits). */
  capability?: Capability;
  applications: OverlapMatch[];
  requests: OverlapMatch[];
}

/** Most candidates of each kind shown: enough to spot a duplicate, few enough to read in a card. */
export const MAX_OVERLAPS = 5;
/** A same-capability application counts a little less than the best word match (a name match wins a tie). */
const CAPABILITY_BOOST = 0.75;
/** Text matches weaker than this share of the best one are noise. */
const RELATIVE_FLOOR = 0.25;

/** The capability whose description best fits the words, by full-text relevance; undefined when none does. */
export function inferCapability(text: string): Capability | undefined {
  const index = new MiniSearch<{ id: Capability; label: string; keywords: string }>({ fields: ['label', 'keywords'], processTerm });
  index.addAll(CAPABILITY_IDS.filter((id) => id !== 'other').map((id) => ({ id, ...CAPABILITIES[id] })));
  const [best] = index.search(text, { ...SEARCH_OPTIONS, fuzzy: 0.1 });
  return best?.id as Capability | undefined;
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** Each indexed term (a stem: "relie") with the first word that gave it, as written ("relies"). */
function wordsAsWritten(...texts: string[]): Map<string, string> {
  const written = new Map<string, string>();
  for (const text of texts) {
    for (const word of tokenize(text)) {
      const term = word ? processTerm(word) : null;
      if (term && !written.has(term)) written.set(term, word);
    }
  }
  return written;
}

/**
 * The words a match was made on, as the officer wrote them (else as the record has them, for a near
 * spelling the officer did not type): matching is on stems and near spellings, but nobody should
 * read "relie, processe". A term written nowhere is shown as it is.
 */
function matchedWords(result: SearchResult, queryText: string, recordText: string): string {
  const written = wordsAsWritten(queryText, recordText);
  return [...new Set(result.terms.map((term) => written.get(term) ?? term))].slice(0, 4).join(', ');
}

/** An application's words as indexed for overlap. */
function applicationText(application: Application): string {
  return [application.name, application.supplier, CAPABILITIES[application.capability].label, application.notes ?? ''].join(' ');
}

/** A request's words as indexed for overlap. */
function requestText(request: OverlapRequest): string {
  return [request.title, request.problem, request.proposedOutcome, ...request.systemsTouched, ...request.systemsReplaced].join(' ');
}

/** Turns raw scores into 0–100 against the best, best first (ties by name). */
function rank(candidates: { match: Omit<OverlapMatch, 'relevance'>; score: number }[]): OverlapMatch[] {
  const best = Math.max(0, ...candidates.map((candidate) => candidate.score));
  if (best === 0) return [];
  return [...candidates]
    .sort((a, b) => b.score - a.score || a.match.name.localeCompare(b.match.name, 'en-GB'))
    .slice(0, MAX_OVERLAPS)
    .map((candidate) => ({ ...candidate.match, relevance: Math.round((candidate.score / best) * 100) }));
}

/**
 * Existing applications with the same capability or similar names, and open requests that look
 * similar, ranked by full-text relevance (MiniSearch, BM25 with fuzzy and prefix matching).
 * Applications already retired and finished requests are never suggested.
 */
export function rankOverlaps(query: OverlapQuery, applications: readonly Application[], requests: readonly OverlapRequest[]): OverlapResult {
  const capability = query.capability ?? inferCapability(query.text);

  const live = applications.filter((application) => application.retiredOn === undefined);
  const applicationIndex = new MiniSearch<Application>({
    fields: ['name', 'supplier', 'capabilityLabel', 'notes'],
    extractField: (document, field) => (field === 'capabilityLabel' ? CAPABILITIES[document.capability].label : String((document as unknown as Record<string, unknown>)[field] ?? '')),
    processTerm,
  });
  applicationIndex.addAll(live);
  const textScores = new Map(applicationIndex.search(query.text, { ...SEARCH_OPTIONS, boost: { name: 3 } }).map((result) => [result.id as string, result]));
  const textBest = Math.max(0, ...[...textScores.values()].map((result) => result.score));
  const applicationCandidates = live.flatMap((application) => {
    const found = textScores.get(application.id);
    const text = found && found.score >= textBest * RELATIVE_FLOOR ? found : undefined;
    const sameCapability = capability !== undefined && capability !== 'other' && application.capability === capability;
    if (!text && !sameCapability) return [];
    const reasons = [
      ...(sameCapability ? [`Same capability: ${CAPABILITIES[application.capability].label}`] : []),
      ...(text ? [`Similar words: ${matchedWords(text, query.text, applicationText(application))}`] : []),
    ];
    const score = (text ? text.score / textBest : 0) + (sameCapability ? CAPABILITY_BOOST : 0);
    return [{ match: { kind: 'application' as const, id: application.id, name: application.name, capability: application.capability, reasons }, score }];
  });

  const open = requests.filter((request) => request.id !== query.excludeRequestId && !FINISHED_STAGES.includes(request.stage));
  const requestIndex = new MiniSearch<OverlapRequest>({
    fields: ['title', 'problem', 'proposedOutcome', 'systems'],
    extractField: (document, field) =>
      field === 'systems' ? [...document.systemsTouched, ...document.systemsReplaced].join(' ') : String((document as unknown as Record<string, unknown>)[field] ?? ''),
    processTerm,
  });
  requestIndex.addAll(open);
  const byId = new Map(open.map((request) => [request.id, request]));
  const requestResults = requestIndex.search(query.text, { ...SEARCH_OPTIONS, boost: { title: 3, systems: 2 } });
  const requestBest = requestResults[0]?.score ?? 0;
  const requestCandidates = requestResults.filter((result) => result.score >= requestBest * RELATIVE_FLOOR).map((result) => {
    const request = byId.get(result.id as string)!;
    return { match: { kind: 'request' as const, id: request.id, name: request.title, stage: request.stage, reasons: [`Similar words: ${matchedWords(result, query.text, requestText(request))}`] }, score: result.score };
  });

  return { ...(capability ? { capability } : {}), applications: rank(applicationCandidates), requests: rank(requestCandidates) };
}
