import type { Logger } from 'pino';
import type { DomainContext } from '@entrance-hall/shared/context/domain-context';
import { isAppError } from '@entrance-hall/shared/errors/app-error';
import type { RequestNotification } from '@entrance-hall/shared/notifications/request-notification';
import type { Versioned } from '@entrance-hall/shared/storage/versioned';
import { buildNotificationCard } from '../cards/build-request-cards';
import type { AdaptiveCardJson } from '../cards/card-json';
import { businessMetrics } from '@entrance-hall/shared/telemetry/business-metrics';
import { stateKeys, type BotStateStore } from '../conversation/bot-state-store';

/** Sends a card into a stored conversation (the Teams layer implements it with continueConversationAsync). */
export type ProactiveSender = (conversationReference: unknown, card: AdaptiveCardJson) => Promise<void>;

export interface NotificationDeliveryOptions {
  context: DomainContext;
  state: BotStateStore;
  send: ProactiveSender;
  logger: Logger;
  /** Tries per notification and pass before it is given up as failed. */
  maxAttempts?: number;
  /** First backoff in ms; doubled each retry, with full jitter. */
  baseDelayMs?: number;
}

export interface NotificationDelivery {
  /** Delivers an organisation's pending notifications; passes for one organisation never overlap. */
  deliver(organisationId: string): Promise<void>;
  /** Delivers every organisation's pending notifications (at start-up). */
  sweep(): Promise<void>;
}

/** Status codes worth another try: throttled, lost a race, or a gateway hiccup. */
const RETRYABLE = new Set([429, 412, 502, 504]);

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown; status?: unknown } | undefined)?.statusCode ?? (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The outbox's delivery: each pending notification is claimed with an ETag-conditional write (so
 * two server instances never both send it), sent to the requester's stored conversation, retried
 * with jittered backoff on 429/412/502/504, then marked sent.
 */
export function createNotificationDelivery(options: NotificationDeliveryOptions): NotificationDelivery {
  const { context, state, send, logger } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const running = new Map<string, Promise<void>>();

  async function sendWithRetry(reference: unknown, card: AdaptiveCardJson): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await send(reference, card);
        return;
      } catch (error) {
        const status = statusOf(error);
        if (attempt >= maxAttempts || status === undefined || !RETRYABLE.has(status)) throw error;
        await sleep(Math.random() * baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  async function deliverOne(record: Versioned<RequestNotification>): Promise<void> {
    const notification = record.value;
    const conversation = await state.readState<{ reference: unknown }>(stateKeys.conversation(notification.organisationId, notification.requester.id));
    if (!conversation) {
      // The requester has not talked to the bot yet (e.g. submitted in the tab): kept until they do.
      logger.info({ notification: notification.id }, 'no conversation with the requester yet; notification kept');
      return;
    }
    const claimed: RequestNotification = { ...notification, attempts: notification.attempts + 1 };
    let etag: string;
    try {
      [etag] = (await context.repos.commit(notification.organisationId, [context.repos.outbox.replaceOp(claimed, record.etag)], 'notification')) as [string];
    } catch (error) {
      if (isAppError(error) && error.code === 'precondition_failed') return; // another instance has it
      throw error;
    }
    try {
      await sendWithRetry(conversation.value.reference, buildNotificationCard(notification));
      await context.repos.commit(notification.organisationId, [context.repos.outbox.replaceOp({ ...claimed, status: 'sent' }, etag)], 'notification');
      businessMetrics.notificationDelivered(notification.at);
    } catch (error) {
      const failed = claimed.attempts >= maxAttempts;
      logger.warn({ err: error, notification: notification.id, attempts: claimed.attempts }, failed ? 'notification given up' : 'notification not delivered; will retry');
      await context.repos.commit(notification.organisationId, [
        context.repos.outbox.replaceOp({ ...claimed, status: failed ? 'failed' : 'pending', lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500) }, etag),
      ]);
    }
  }

  async function deliverAll(organisationId: string): Promise<void> {
    const pending = (await context.repos.outbox.list(organisationId)).filter((record) => record.value.status === 'pending');
    for (const record of pending) {
      try {
        await deliverOne(record);
      } catch (error) {
        logger.error({ err: error, notification: record.value.id }, 'notification delivery failed');
      }
    }
  }

  function deliver(organisationId: string): Promise<void> {
    // Chain passes per organisation so a burst of decisions is delivered in order, once.
    const previous = running.get(organisationId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => deliverAll(organisationId));
    running.set(organisationId, next);
    const forget = () => {
      if (running.get(organisationId) === next) running.delete(organisationId);
    };
    next.then(forget, forget);
    return next;
  }

  return {
    deliver,
    async sweep() {
      for (const organisationId of await context.repos.listOrganisationIds()) await deliver(organisationId);
    },
  };
}
