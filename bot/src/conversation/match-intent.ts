import { findRequestReference } from '@entrance-hall/shared/requests/request-reference';

/** What an officer can ask for in plain words. */
export type Intent =
  | { kind: 'new_request' }
  | { kind: 'my_requests' }
  | { kind: 'status'; reference: string }
  | { kind: 'help' }
  | { kind: 'cancel' }
  | { kind: 'greeting' }
  | { kind: 'unknown' };

interface IntentRule {
  kind: Exclude<Intent['kind'], 'status' | 'unknown'>;
  /** Matched against the normalised message (lower case, single spaces, no punctuation). */
  pattern: RegExp;
}

/**
 * The one table of phrases the bot understands, checked in order (most specific first). Anything
 * a card can do has a verb instead; this is only for typed messages.
 */
const RULES: readonly IntentRule[] = [
  { kind: 'cancel', pattern: /^(cancel|stop|quit|abandon|discard)( (it|this|the request|my request|request))?$/ },
  { kind: 'help', pattern: /^(help|\?|what can you do|how does this work|menu|commands)( ?\?)?$/ },
  { kind: 'my_requests', pattern: /\b(my|mine) (requests?|ideas?|projects?|submissions?)\b|^(requests|list|list requests|show requests)$/ },
  {
    kind: 'new_request',
    pattern: /^(new|start|begin|create|submit|raise)( a| an)?( new)? (request|project|idea)\b|\b(i have|i ve got|i ve|got) an? (idea|project|request|need)\b|^(new|start|new request|new project)$|\bpropose\b/,
  },
  { kind: 'greeting', pattern: /^(hi|hello|hey|good (morning|afternoon|evening)|hiya)( there)?$/ },
];

/** Lower case, punctuation to spaces, single spaces, so "New request!" and "new  request" match alike. */
export function normaliseMessage(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .replace(/[^a-z0-9?-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads what the officer asked for. A request reference anywhere ("status EH-2026-0042") asks for its status. */
export function matchIntent(text: string): Intent {
  const reference = findRequestReference(text);
  if (reference) return { kind: 'status', reference };
  const normalised = normaliseMessage(text);
  const rule = RULES.find((candidate) => candidate.pattern.test(normalised));
  return rule ? { kind: rule.kind } : { kind: 'unknown' };
}
