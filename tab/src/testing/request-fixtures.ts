import { validRequestBody } from '../../../bot/src/testing/request-fixtures';
import type { TestServer } from '../../../bot/src/testing/start-test-server';

/** Creates a request as an officer and, when asked, has ICT move it on to the stage wanted. */
export async function createRequestAt(server: TestServer, stage: 'submitted' | 'triage' | 'ready_for_decision', overrides: Record<string, unknown> = {}, requester = 'priya.shah') {
  const created = await server.api(requester, 'POST', '/api/v1/requests', { body: validRequestBody(overrides) });
  if (created.status !== 201) throw new Error(`Could not create the request: ${created.status} ${JSON.stringify(created.body)}`);
  let record = created.body;
  for (const next of ['triage', 'ready_for_decision'] as const) {
    if (record.stage === stage) break;
    const moved = await server.api('tom.reed', 'POST', `/api/v1/requests/${record.id}/stage`, { body: { to: next }, headers: { 'If-Match': record.etag } });
    if (moved.status !== 200) throw new Error(`Could not move ${record.id} to ${next}: ${moved.status} ${JSON.stringify(moved.body)}`);
    record = moved.body;
  }
  return record as { id: string; etag: string; title: string; stage: string };
}
