import type { Repositories } from '../storage/repositories';
import { KEY_SEPARATOR, encodeKey, rowKey, timeKey } from '../storage/keys';
import { organisationPartition, type WriteOperation } from '../storage/table-store';
import type { Versioned } from '../storage/versioned';
import type { RequestNotification } from './request-notification';

/**
 * Where an outbox row lives: `outbox|pending|<at>|<id>` while it is owed, and
 * `outbox|sent|<at>|<id>` or `outbox|failed|<at>|<id>` once finished. So the deliverer reads only
 * the pending rows (one key range) and the clean-up only the finished rows older than the
 * retention period (another), never the rest of the council's partition.
 */
export function outboxKeyParts(notification: RequestNotification): string[] {
  return [notification.status, timeKey(notification.at)];
}

type Finished = 'sent' | 'failed';

/** The outbox's reads and writes, each a key range or a single row. */
export class NotificationOutbox {
  constructor(private readonly repos: Repositories) {}

  /** Notifications still owed, oldest change first. */
  pending(organisationId: string): Promise<Versioned<RequestNotification>[]> {
    return this.repos.outbox.list(organisationId, 'pending');
  }

  /** Saves a new state of a pending row, only if nobody changed it since `etag` was read. */
  async update(notification: RequestNotification, etag: string): Promise<string> {
    const [newEtag] = await this.repos.commit(notification.organisationId, [this.repos.outbox.replaceOp({ ...notification, status: 'pending' }, etag)], 'notification');
    return newEtag!;
  }

  /**
   * Moves a pending row to `sent` or `failed`, in one transaction. The create fails if the row was
   * already finished, so a notification is finished once.
   */
  async finish(notification: RequestNotification, status: Finished, at: string): Promise<void> {
    const pendingKey = this.repos.outbox.rowKeyOf({ ...notification, status: 'pending' });
    const { leaseUntil: _lease, nextAttemptAt: _next, ...rest } = notification;
    const finished: RequestNotification = { ...rest, status, finishedAt: at };
    await this.repos.commit(notification.organisationId, [{ op: 'delete', rowKey: pendingKey }, this.repos.outbox.createOp(finished)], 'notification');
  }

  /**
   * Moves rows written before this layout (`outbox|<time>|<id>`, a key range that is empty once
   * done) into it, so a notification owed before an upgrade is still delivered. Returns how many.
   */
  async moveLegacyRows(organisationId: string): Promise<number> {
    const legacy = await this.repos.store.listRange<RequestNotification>(organisationPartition(organisationId), rowKey('outbox', '0'), rowKey('outbox', ':'));
    for (const record of legacy) {
      const legacyKey = rowKey('outbox', timeKey(record.value.at), encodeKey(record.value.id));
      await this.repos.commit(organisationId, [{ op: 'delete', rowKey: legacyKey }, this.repos.outbox.createOp(record.value)], 'notification');
    }
    return legacy.length;
  }

  /** Removes finished rows whose change is older than `before`; returns how many went. */
  async removeFinishedBefore(organisationId: string, before: string): Promise<number> {
    let removed = 0;
    for (const status of ['sent', 'failed'] as const) {
      const from = rowKey('outbox', status) + KEY_SEPARATOR;
      const expired = await this.repos.store.listRange<RequestNotification>(organisationPartition(organisationId), from, from + timeKey(before));
      const deletes: WriteOperation[] = expired.map((record) => ({ op: 'delete', rowKey: this.repos.outbox.rowKeyOf(record.value) }));
      for (let start = 0; start < deletes.length; start += 100) {
        await this.repos.commit(organisationId, deletes.slice(start, start + 100), 'notification');
      }
      removed += deletes.length;
    }
    return removed;
  }
}
