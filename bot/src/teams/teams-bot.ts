import {
  ActivityTypes,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import { typingIndicator } from './typing-indicator';
import type { Config } from '@entrance-hall/shared/adapters/config/config';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCardJson } from '../cards/card-json';
import { UNKNOWN_NAME, type Conversation, type TurnContext as ConversationTurn, type TurnInput, type TurnResult } from '../conversation/create-conversation';

/** The invoke a Universal Action (`Action.Execute`) sends. */
const CARD_ACTION_INVOKE = 'adaptiveCard/action';

export interface TeamsBot {
  /** Handles one POST /api/messages. */
  process(request: Request, response: Response): Promise<void>;
  /** Sends a card into a stored conversation (proactive message). */
  sendProactive(reference: unknown, card: AdaptiveCardJson): Promise<void>;
}

/**
 * The thin botbuilder layer: the only code that imports the SDK. It turns activities into
 * TurnInputs for the conversation and TurnResults back into replies, card updates and invoke
 * responses. With no MICROSOFT_APP_ID, the adapter accepts unauthenticated local traffic.
 */
export function createTeamsBot(config: Config, conversation: Conversation, logger: Logger, track?: (work: Promise<void>) => void): TeamsBot {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MICROSOFT_APP_ID,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD,
    MicrosoftAppType: config.MICROSOFT_APP_TYPE,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID,
  });
  const adapter = new CloudAdapter(authentication);
  // Typing shows only when a message takes longer than half a second to answer; one still being
  // sent when the turn ends is background work the bot's shutdown waits for.
  adapter.use(typingIndicator(500, 2000, track));
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activity: context.activity.type }, 'bot turn failed');
    if (context.activity.type === ActivityTypes.Message) {
      await context.sendActivity('Something went wrong on our side. Nothing you saved before is lost; please try again.');
    }
  };

  async function handle(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const turn = describeTurn(activity);
    const input = readInput(context);
    if (!input) return;
    if (!turn) {
      await answer(context, input, { replies: [{ kind: 'text', text: 'I can only help people signed in to Teams with a work account.' }] });
      return;
    }
    const result = await conversation.handleTurn(turn, input);
    if (result.failure) logger.error({ err: result.failure, activity: activity.type }, 'conversation turn failed');
    await answer(context, input, result);
  }

  async function answer(context: TurnContext, input: TurnInput, result: TurnResult): Promise<void> {
    const activity = context.activity;
    if (activity.type === ActivityTypes.Invoke) {
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: result.card
            ? { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card }
            : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.duplicate ? 'Already done.' : 'Done.' },
        },
      });
    } else if (result.card && input.kind === 'action' && activity.replyToId) {
      // Action.Submit fallback: update the card that was pressed, in place.
      await context.updateActivity({ type: ActivityTypes.Message, id: activity.replyToId, attachments: [CardFactory.adaptiveCard(result.card)] });
    } else if (result.card) {
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(result.card)] });
    }
    for (const reply of result.replies) {
      await context.sendActivity(reply.kind === 'text' ? { type: ActivityTypes.Message, text: reply.text, textFormat: 'plain' } : { attachments: [CardFactory.adaptiveCard(reply.card)] });
    }
  }

  return {
    async process(request, response) {
      await adapter.process(request, response, handle);
    },
    async sendProactive(reference, card) {
      // The adapter hands errors inside the turn to onTurnError; the caller needs them to retry.
      let failure: unknown;
      await adapter.continueConversationAsync(config.MICROSOFT_APP_ID ?? '', reference as Partial<ConversationReference>, async (context) => {
        try {
          await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
        } catch (error) {
          failure = error;
        }
      });
      if (failure) throw failure;
    },
  };
}

/** Who is talking, where, and how to reach them again. */
function describeTurn(activity: Activity): ConversationTurn | undefined {
  const aadObjectId = activity.from?.aadObjectId;
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  if (!aadObjectId || !tenantId) return undefined;
  const scope = activity.conversation?.conversationType === 'personal' || !activity.conversation?.conversationType ? 'personal' : 'group';
  return {
    user: { aadObjectId, tenantId, name: activity.from.name ?? UNKNOWN_NAME },
    scope,
    ...(activity.id ? { activityId: activity.id } : {}),
    ...(scope === 'personal' ? { conversationReference: TurnContext.getConversationReference(activity) } : {}),
  };
}

/** The activity as a TurnInput, or undefined when the bot has nothing to say to it. */
function readInput(context: TurnContext): TurnInput | undefined {
  const activity = context.activity;
  switch (activity.type) {
    case ActivityTypes.Message: {
      const value = activity.value as Record<string, unknown> | undefined;
      if (value && typeof value === 'object' && typeof value.verb === 'string') return { kind: 'action', verb: value.verb, data: value };
      const personal = activity.conversation?.conversationType === 'personal' || !activity.conversation?.conversationType;
      // In group chats and channels, answer only when @mentioned (Teams sends only those, but check).
      if (!personal && !TurnContext.getMentions(activity).some((mention) => mention.mentioned.id === activity.recipient.id)) return undefined;
      const text = personal ? (activity.text ?? '') : TurnContext.removeRecipientMention(activity) ?? '';
      return { kind: 'message', text: text.trim() };
    }
    case ActivityTypes.Invoke: {
      if (activity.name !== CARD_ACTION_INVOKE) return undefined;
      const action = (activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
      const data = action?.data && typeof action.data === 'object' ? (action.data as Record<string, unknown>) : {};
      return { kind: 'action', verb: typeof action?.verb === 'string' ? action.verb : '', data };
    }
    case ActivityTypes.InstallationUpdate:
      return activity.action === 'add' ? { kind: 'installed' } : undefined;
    default:
      return undefined;
  }
}
