import { MAX_TRANSACTION_SIZE, organisationPartition, type WriteOperation } from './table-store';
import { rowKey } from './keys';
import type { Repositories } from './repositories';

/** Marks an organisation whose older records have their index rows (requester, meeting). */
const MARKER_ROW = rowKey('migration', 'record-indexes-1');

/**
 * Requests and decisions written before the requester and meeting indexes existed get their
 * index rows, once per organisation (a marker row records that it was done). New records are
 * indexed in the transaction that writes them. Upserts, so running twice changes nothing.
 */
export async function addMissingIndexes(repos: Repositories): Promise<number> {
  let written = 0;
  for (const organisationId of await repos.listOrganisationIds()) {
    const partition = organisationPartition(organisationId);
    if (await repos.store.get(partition, MARKER_ROW)) continue;
    const [requests, decisions] = await Promise.all([repos.requests.list(organisationId), repos.decisions.list(organisationId)]);
    const operations: WriteOperation[] = [
      ...requests.flatMap((record) => repos.requestIndexOps(record.value, 'upsert')),
      ...decisions.flatMap((record) => repos.decisionIndexOps(record.value, 'upsert')),
    ];
    for (let start = 0; start < operations.length; start += MAX_TRANSACTION_SIZE) {
      await repos.commit(organisationId, operations.slice(start, start + MAX_TRANSACTION_SIZE), 'index');
    }
    await repos.store.write(partition, [{ op: 'upsert', rowKey: MARKER_ROW, record: { id: 'record-indexes-1', at: new Date().toISOString() } }], 'index');
    written += operations.length;
  }
  return written;
}
