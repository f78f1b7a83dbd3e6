import { findUkDate } from './read-uk-date';

/** What an officer's first sentence already says about their request. */
export interface NeedDescription {
  title: string;
  /** The message as typed: the officer's own account of the problem. */
  problem: string;
  /** The date it is needed by, when the sentence gives one that is not in the past. */
  neededBy?: string;
  /** The words the date was read from ("next March"). */
  neededByText?: string;
}

const TITLE_LIMIT = 120;

/**
 * The thing asked for: the words after "need / want / would like (to request) / looking for…",
 * up to where the sentence turns to the why or the when ("because", "by", a comma).
 */
const WHAT_IS_NEEDED =
  /\b(?:need|needs|want|wants|would like|'d like|require|requires|looking for|request|requesting|propose|proposing|replace|replacing|suggest)\b(?:\s+to\s+(?:request|have|get|propose|buy|procure|introduce|implement|replace|move|put in for))?\s+(?:for\s+)?(?:(?:a|an|the|some|our)\s+)?(.+?)(?=\s+(?:because|as|since|so that|so|which|that|to|by|before|until|when|but|from|ready)\b|[.,;!?]|$)/i;

/** Words that only lead into the need, never its name ("Hi, …", "please"). */
const OPENING = /^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening)|morning|afternoon)\b[\s,!.]*/i;

/**
 * Reads a message that describes a need ("We need a new case management system for housing
 * because the current one is out of support next March") into a title, the problem as typed and
 * a needed-by date. Short asks ("new request", "I need a new system") describe nothing yet.
 */
export function readNeedDescription(text: string, today: string): NeedDescription | undefined {
  const message = text.trim();
  const words = message.split(/\s+/).filter(Boolean);
  const match = WHAT_IS_NEEDED.exec(message.replace(OPENING, ''));
  const what = match?.[1]?.trim().replace(/\s+/g, ' ');
  if (!what) return undefined;
  const whatWords = what.split(' ').length;
  // "a new system" alone is a start, not a description; four words or a longer sentence are.
  if (whatWords < 3 && words.length < 10) return undefined;
  if (/^(request|project|idea|new request|new project)$/i.test(what)) return undefined;
  const title = `${what.charAt(0).toUpperCase()}${what.slice(1)}`.slice(0, TITLE_LIMIT);
  const date = findUkDate(message, today);
  return {
    title,
    problem: message,
    ...(date && date.date >= today ? { neededBy: date.date, neededByText: date.text } : {}),
  };
}
