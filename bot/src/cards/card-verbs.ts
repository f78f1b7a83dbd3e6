/**
 * Every action a card can ask the bot to take, in one place. Cards send the verb with
 * `Action.Execute` (and in `data.verb` for the `Action.Submit` fallback); the conversation routes
 * on it, never on message text.
 */
export const CARD_VERBS = {
  startIntake: 'intake.start',
  next: 'intake.next',
  back: 'intake.back',
  edit: 'intake.edit',
  submit: 'intake.submit',
  /** Asks to confirm; nothing is stopped yet. */
  cancel: 'intake.cancel',
  /** Confirmed: the draft is put aside, restorable for 30 days. */
  stop: 'intake.stop',
  resume: 'intake.resume',
  restore: 'intake.restore',
  myRequests: 'requests.mine',
  requestStatus: 'requests.status',
  help: 'help.show',
  /** A benefit owner records actual figures from the review card. */
  recordBenefit: 'benefits.record',
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

const ALL_VERBS: readonly string[] = Object.values(CARD_VERBS);

export function isCardVerb(value: unknown): value is CardVerb {
  return typeof value === 'string' && ALL_VERBS.includes(value);
}
