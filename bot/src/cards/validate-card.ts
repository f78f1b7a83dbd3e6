import path from 'node:path';

interface ValidationEvent {
  message: string;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: ValidationEvent[] } };
  SerializationContext: new (version: unknown) => { eventCount: number; getEventAt(index: number): ValidationEvent };
  Versions: { v1_5: unknown };
}

// adaptivecards 3.0.6's package entry fails to require() on Node 20; its browser bundle loads fine.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AdaptiveCards = require(path.join(require.resolve('adaptivecards/package.json'), '..', 'dist', 'adaptivecards.js')) as AdaptiveCardsModule;

/** Largest card Teams accepts in one message, with room for the activity around it. */
export const MAX_CARD_BYTES = 100 * 1024;

/**
 * Problems the adaptivecards library finds in a card against schema 1.5: unknown elements,
 * required inputs without labels or error messages, duplicate ids; and cards over 100 KB.
 */
export function findCardProblems(card: unknown): string[] {
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  const parsed = new AdaptiveCards.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index += 1) problems.push(context.getEventAt(index).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > MAX_CARD_BYTES) problems.push(`The card is ${bytes} bytes, over ${MAX_CARD_BYTES}.`);
  return problems;
}
