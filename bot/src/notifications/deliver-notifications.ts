import type { Logger } from 'pino';
import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { isAppError } from '@entrance-hall/shared/domain/errors/app-error';
import { NotificationOutbox } from '@entrance-hall/shared/adapters/storage/notification-outbox';
import type { RequestNotification } from '@entrance-hall/shared/domain/notifications/request-notification';
import { retryDelay, type RetrySchedule } from '@entrance-hall/shared/domain/notifications/retry-delay';
import type { Versioned } from '@entrance-hall/shared/domain/ports/versioned';
import { buildNotificationCard } from '../cards/build-request-cards';
import { buildBenefitReviewCard } from '../cards/build-benefit-review-card';
import { queueBenefitReviewReminders } from '@entrance-hall/shared/domain/benefits/queue-review-reminders';
import { queueOverdueReviewNotices, type NoticeRecipient } from '@entrance-hall/shared/domain/benefits/queue-overdue-review-notices';
import { removeAbandonedImports } from '@entrance-hall/shared/domain/estate/remove-abandoned-imports';
import { buildOverdueReviewsCard } from '../cards/build-overdue-reviews-card';
import type { AdaptiveCardJson } from '../cards/card-json';
import { businessMetrics } from '@entrance-hall/shared/domain/metrics/business-metrics';
import { stateKeys, type BotStateStore } from '../conversation/bot-state-store';

/** Sends a card into a stored conversation (the Teams layer implements it with continueConversationAsync). */
export type ProactiveSender = (conversationReference: unknown, card: AdaptiveCardJson) => Promise<void>;

export interface NotificationDeliveryOptions {
  context: DomainContext;
  /** The bot's state (conversation references); connected on first need, again after a failure. */
  state: () => Promise<BotStateStore>;
  send: ProactiveSender;
  logger: Logger;
  retry: RetrySchedule;
  /** Sends at the same time, across all organisations. */
  concurrency: number;
  /** Finished rows are removed this many days after the change they tell of. */
  retentionDays: number;
  /** How long a claim keeps other instances off a notification (longer than any send may take). */
  leaseMs?: number;
  /** Longest time between two looks at the outbox (rows written by other instances, expired leases). */
  pollMs?: number;
  /** How often a notification for a requester who has never talked to the bot is looked at again. */
  awaitingRecheckMs?: number;
  /** A notification still failing this long after its change is given up. */
  giveUpAfterMs?: number;
  /** The people with the ICT role in an organisation: told once of each benefits review that becomes overdue. */
  ictPeople?: (organisationId: string) => Promise<NoticeRecipient[]>;
}

/** The card a notification is sent as: a benefits review for its owner, overdue reviews for ICT, or news of a change. */
function cardFor(notification: RequestNotification): AdaptiveCardJson {
  if (notification.benefitReview) return buildBenefitReviewCard({ ...notification, benefitReview: notification.benefitReview });
  if (notification.overdueReviews) return buildOverdueReviewsCard(notification.overdueReviews);
  return buildNotificationCard(notification);
}

export interface NotificationDelivery {
  /** Starts the schedule: everything owed now is tried at once, then each on its own retry time. */
  start(): void;
  /** Tries an organisation's due notifications now (after a change wrote one). */
  deliver(organisationId: string): Promise<void>;
  /** Stops the schedule and waits for the sends in progress. */
  stop(): Promise<void>;
}

/** Statuses that say this conversation will never take the message (bot removed, conversation gone). */
const PERMANENT = new Set([400, 401, 403, 404]);
const HOUR = 60 * 60 * 1000;
const CLEAN_UP_EVERY_MS = HOUR;
const REMINDERS_EVERY_MS = HOUR;

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown; status?: unknown } | undefined)?.statusCode ?? (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

const iso = (time: number) => new Date(time).toISOString();
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** Runs at most `limit` tasks at a time, whoever asks. */
function createLimiter(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/**
 * The outbox's delivery, on a schedule. Each pending notification has its own next-try time
 * (exponential backoff with jitter, capped); a timer wakes for the earliest one, so a failed
 * notification is retried on its own, not when something else changes. Before sending, an
 * instance claims the row with an ETag-conditional write that sets a lease, so two server
 * instances never both send it. Sends run in parallel up to `concurrency`; one requester's
 * notifications go out one after another, in the order of the changes. Sent and given-up rows
 * move to their own key range and are removed after the retention period.
 */
export function createNotificationDelivery(options: NotificationDeliveryOptions): NotificationDelivery {
  const { context, send, logger, retry } = options;
  const outbox = new NotificationOutbox(context.repos);
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? Math.min(5_000, retry.maxMs);
  const awaitingRecheckMs = options.awaitingRecheckMs ?? 10 * 60_000;
  const giveUpAfterMs = options.giveUpAfterMs ?? 24 * HOUR;
  const limit = createLimiter(options.concurrency);
  const sending = new Set<string>();
  const passes = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let wakeTime = Number.POSITIVE_INFINITY;
  let lastCleanUp = 0;
  let legacyMoved = false;
  let stopped = true;

  function wakeAt(time: number): void {
    if (stopped || time >= wakeTime) return;
    clearTimeout(timer);
    wakeTime = time;
    timer = setTimeout(() => {
      wakeTime = Number.POSITIVE_INFINITY;
      void runPass(undefined, false);
    }, Math.max(0, time - Date.now()));
  }

  /** Sends one notification; returns when it should be looked at again (undefined: finished or not ours). */
  async function deliverOne(record: Versioned<RequestNotification>): Promise<number | undefined> {
    const notification = record.value;
    const state = await options.state();
    const conversation = await state.readState<{ reference: unknown }>(stateKeys.conversation(notification.organisationId, notification.requester.id));
    if (!conversation) {
      // The requester has not talked to the bot yet (e.g. submitted in the tab): kept until they do.
      const recheckAt = Date.now() + awaitingRecheckMs;
      await ifStillOurs(() => outbox.update({ ...notification, awaitingConversation: true, nextAttemptAt: iso(recheckAt) }, record.etag));
      return recheckAt;
    }
    const { awaitingConversation: _awaiting, ...rest } = notification;
    const claimed: RequestNotification = { ...rest, attempts: notification.attempts + 1, leaseUntil: iso(Date.now() + leaseMs) };
    const etag = await ifStillOurs(() => outbox.update(claimed, record.etag));
    if (etag === undefined) return undefined; // another instance has it
    try {
      await withTimeout(send(conversation.value.reference, cardFor(notification)), leaseMs / 2);
    } catch (error) {
      const status = statusOf(error);
      const { leaseUntil: _lease, ...released } = { ...claimed, lastError: describe(error) };
      if ((status !== undefined && PERMANENT.has(status)) || Date.now() - Date.parse(notification.at) > giveUpAfterMs) {
        logger.warn({ err: error, notification: notification.id, attempts: claimed.attempts }, 'notification given up');
        await outbox.finish(released, 'failed', context.now());
        return undefined;
      }
      const retryAt = Date.now() + retryDelay(claimed.attempts, retry);
      logger.info({ err: error, notification: notification.id, attempts: claimed.attempts, retryAt: iso(retryAt) }, 'notification not delivered; will retry');
      await outbox.update({ ...released, nextAttemptAt: iso(retryAt) }, etag);
      return retryAt;
    }
    await outbox.finish(claimed, 'sent', context.now());
    businessMetrics.notificationDelivered(notification.at);
    return undefined;
  }

  /** Delivers what is due in one organisation; returns the earliest time something else will be. */
  async function passFor(organisationId: string, includeAwaiting: boolean): Promise<number> {
    const now = Date.now();
    let earliest = Number.POSITIVE_INFINITY;
    const due = new Map<string, Versioned<RequestNotification>[]>();
    // Rows come in the order of the changes; a requester's later rows wait behind an earlier one not due yet.
    const waitingBehind = new Set<string>();
    for (const record of await outbox.pending(organisationId)) {
      const notification = record.value;
      // Benefits review cards and overdue notices are not news of a stage change: they keep their own order, never holding up (or held up by) the requester's news.
      const requester = notification.benefitReview || notification.overdueReviews ? `${notification.requester.id}|benefits` : notification.requester.id;
      if (waitingBehind.has(requester)) continue;
      const leasedUntil = notification.leaseUntil ? Date.parse(notification.leaseUntil) : 0;
      const readyAt = Math.max(notification.nextAttemptAt ? Date.parse(notification.nextAttemptAt) : 0, leasedUntil);
      if (sending.has(notification.id)) {
        waitingBehind.add(requester);
      } else if (readyAt <= now || (includeAwaiting && notification.awaitingConversation && leasedUntil <= now)) {
        due.set(requester, [...(due.get(requester) ?? []), record]);
      } else {
        waitingBehind.add(requester);
        earliest = Math.min(earliest, readyAt);
      }
    }
    const nextTimes = await Promise.all(
      [...due.values()].map((records) =>
        limit(async () => {
          for (const record of records) {
            sending.add(record.value.id);
            try {
              const again = await deliverOne(record);
              // The requester's later notifications wait behind one that is not delivered yet.
              if (again !== undefined) return again;
            } catch (error) {
              logger.error({ err: error, notification: record.value.id }, 'notification delivery failed');
              return Date.now() + pollMs;
            } finally {
              sending.delete(record.value.id);
            }
          }
          return Number.POSITIVE_INFINITY;
        }),
      ),
    );
    return Math.min(earliest, ...nextTimes);
  }

  /** Hourly: finished notifications past the retention period, and application imports that never finished (`removeAbandonedImports`). */
  async function cleanUp(organisationIds: string[]): Promise<void> {
    if (Date.now() - lastCleanUp < CLEAN_UP_EVERY_MS) return;
    lastCleanUp = Date.now();
    const before = iso(Date.now() - options.retentionDays * 24 * HOUR);
    for (const organisationId of organisationIds) {
      const removed = await outbox.removeFinishedBefore(organisationId, before);
      if (removed > 0) logger.info({ organisationId, removed }, 'finished notifications removed after the retention period');
      // A council whose imports cannot be cleaned up now must not hold up the others: the next hour tries again.
      const imports = await removeAbandonedImports(context, organisationId).catch((error: unknown) => {
        logger.warn({ err: error, organisationId }, 'application imports that never finished could not be removed; the next clean-up tries again');
        return 0;
      });
      if (imports > 0) logger.info({ organisationId, imports }, 'application imports that never finished removed with their rows');
    }
  }

  /**
   * Benefit reviews that have fallen due get their owner's card in the outbox, and those that have
   * become overdue a notice to ICT (once each): at start, then hourly.
   */
  let lastReminders = Number.NEGATIVE_INFINITY;
  async function queueReviewReminders(organisationIds: string[]): Promise<void> {
    if (Date.now() - lastReminders < REMINDERS_EVERY_MS) return;
    lastReminders = Date.now();
    for (const organisationId of organisationIds) {
      const queued = await queueBenefitReviewReminders(context, organisationId);
      if (queued > 0) logger.info({ organisationId, queued }, 'benefit review cards queued');
      if (!options.ictPeople) continue;
      // The directory refusing (a Graph permission not granted) must not hold up the other councils
      // or the deliveries: nobody is told, nothing is flagged, and the next sweep asks again.
      const ictPeople = await options.ictPeople(organisationId).catch((error: unknown) => {
        logger.warn({ err: error, organisationId }, 'the ICT people could not be read; overdue benefit reviews wait for the next sweep');
        return [];
      });
      const flagged = await queueOverdueReviewNotices(context, organisationId, ictPeople);
      if (flagged > 0) logger.info({ organisationId, flagged }, 'overdue benefit reviews flagged to ICT');
    }
  }

  function runPass(organisationId: string | undefined, includeAwaiting: boolean): Promise<void> {
    const pass = (async () => {
      const organisationIds = organisationId ? [organisationId] : await context.repos.listOrganisationIds();
      if (!legacyMoved && !organisationId) {
        for (const id of organisationIds) await outbox.moveLegacyRows(id);
        legacyMoved = true;
      }
      if (!organisationId) await queueReviewReminders(organisationIds);
      let earliest = Date.now() + pollMs;
      for (const id of organisationIds) earliest = Math.min(earliest, await passFor(id, includeAwaiting));
      if (!organisationId) await cleanUp(organisationIds);
      return earliest;
    })().then(
      (earliest) => wakeAt(earliest),
      (error: unknown) => {
        // Storage down, for instance: look again shortly; nothing is lost, the rows stay pending.
        logger.warn({ err: error }, 'notification pass failed; will look again');
        wakeAt(Date.now() + pollMs);
      },
    );
    passes.add(pass);
    void pass.then(() => passes.delete(pass));
    return pass;
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      void runPass(undefined, true);
    },
    deliver(organisationId) {
      return stopped ? Promise.resolve() : runPass(organisationId, true);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wakeTime = Number.POSITIVE_INFINITY;
      while (passes.size > 0) await Promise.all([...passes]);
    },
  };
}

/** Runs a conditional write; undefined when another instance changed the row first. */
async function ifStillOurs<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (isAppError(error) && error.code === 'precondition_failed') return undefined;
    throw error;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer from Teams within ${Math.round(ms / 1000)} s.`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
