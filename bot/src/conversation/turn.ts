import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import type { Principal } from '@entrance-hall/shared/domain/identity/roles';
import type { UserDirectory } from '@entrance-hall/shared/domain/identity/user-directory';
import type { AdaptiveCardJson } from '../cards/card-json';
import type { BotStateStore } from './bot-state-store';
import type { OfficerState } from './officer-state';
import type { OrganisationSettings } from './organisation-settings';

/** The name used when the channel sends none. */
export const UNKNOWN_NAME = '';

/** The Teams user behind a turn. */
export interface TurnUser {
  aadObjectId: string;
  tenantId: string;
  name: string;
}

/** What happened in Teams, without the SDK's types. */
export type TurnInput =
  | { kind: 'message'; text: string }
  | { kind: 'action'; verb: string; data: Record<string, unknown> }
  | { kind: 'installed' };

export interface TurnContext {
  user: TurnUser;
  /** Personal chat, or a group chat / channel (where the bot only hears @mentions). */
  scope: 'personal' | 'group';
  /** The channel's activity id, to answer a re-sent activity only once. */
  activityId?: string;
  /** Where to reach this officer later (proactive messages); stored for personal chats. */
  conversationReference?: unknown;
}

export type Reply = { kind: 'card'; card: AdaptiveCardJson } | { kind: 'text'; text: string };

export interface TurnResult {
  /** Replaces the card that was acted on (the invoke response, or an update of that message). */
  card?: AdaptiveCardJson;
  /** New messages, in order. */
  replies: Reply[];
  /** True when this activity was seen before and nothing was done again. */
  duplicate?: boolean;
  /** The error behind a problem card, for the Teams layer's log (never shown to the officer). */
  failure?: unknown;
}

/** What every step of a conversation works with, the same for every turn. */
export interface ConversationTools {
  context: DomainContext;
  directory: UserDirectory;
  state: BotStateStore;
  /** The organisation's lists, strategy and service desk (held in memory, see organisation-settings.ts). */
  settingsOf: (organisationId: string) => Promise<OrganisationSettings>;
}

/** One turn as the steps see it: who, where, and the officer's stored state read once. */
export interface Turn {
  tools: ConversationTools;
  principal: Principal;
  user: TurnUser;
  scope: TurnContext['scope'];
  officer: OfficerState;
  /** `YYYY-MM-DD`, for the date rules. */
  today: string;
}

/** A step's answer as a new message. */
export function replyWith(card: AdaptiveCardJson): TurnResult {
  return { replies: [{ kind: 'card', card }] };
}

/** A step's answer as the card that was acted on, updated in place. */
export function updateWith(card: AdaptiveCardJson): TurnResult {
  return { card, replies: [] };
}
