import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';

const REQUIRED_TEXT = ['type', 'channelId', 'serviceUrl'] as const;

/**
 * What every activity Teams (and the Agents Playground) sends has. A body without it is refused
 * with 400 before the Bot Framework adapter sees it, instead of failing inside the adapter.
 */
export function findActivityProblems(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [{ field: '(body)', message: 'Send a Bot Framework activity as a JSON object.' }];
  const activity = body as Record<string, unknown>;
  const problems: FieldError[] = REQUIRED_TEXT.filter((field) => typeof activity[field] !== 'string' || activity[field] === '').map((field) => ({
    field,
    message: `An activity needs a ${field}.`,
  }));
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  if (typeof conversation !== 'object' || conversation === null || typeof conversation.id !== 'string' || conversation.id === '') {
    problems.push({ field: 'conversation.id', message: 'An activity needs a conversation id.' });
  }
  return problems;
}
