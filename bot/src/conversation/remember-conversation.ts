import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import type { Principal } from '@entrance-hall/shared/domain/identity/roles';
import { stateKeys, type BotStateStore } from './bot-state-store';

/** How many officers' references one process remembers having stored. */
const REMEMBERED_LIMIT = 10_000;

/**
 * Stores where to reach an officer later (proactive messages), only when it changed. The
 * reference is kept without the id of the activity that carried it (that changes every turn and
 * a proactive message does not reply to it), so a turn costs no storage round trip once this
 * process has seen the officer's conversation.
 */
export function createConversationMemory(context: DomainContext, state: BotStateStore): (principal: Principal, reference: unknown) => Promise<void> {
  const remembered = new Map<string, string>();
  return async (principal, reference) => {
    const key = stateKeys.conversation(principal.organisationId, principal.id);
    const { activityId: _activityId, ...where } = (reference ?? {}) as Record<string, unknown>;
    const serialised = JSON.stringify(where);
    if (remembered.get(key) === serialised) return;
    const stored = await state.readState<{ reference: unknown }>(key);
    if (!stored || JSON.stringify(stored.value.reference) !== serialised) {
      await state.writeState(key, { reference: where, userId: principal.id, organisationId: principal.organisationId, updatedAt: context.now() }, '*');
    }
    if (remembered.size > REMEMBERED_LIMIT) remembered.clear();
    remembered.set(key, serialised);
  };
}
