import { validRequestBody } from '../../../bot/src/testing/request-fixtures';
import type { TestServer } from '../../../bot/src/testing/start-test-server';

const TEST_RATINGS = { strategicFit: 4, benefits: 3, statutoryNeed: 2, riskOfNotDoing: 3, cost: 3, effort: 3, readiness: 4 };

/** Creates a request as an officer and, when asked, has ICT move it on to the stage wanted (scoring it before ready for decision). */
export async function createRequestAt(server: TestServer, stage: 'submitted' | 'triage' | 'ready_for_decision', overrides: Record<string, unknown> = {}, requester = 'priya.shah') {
  const created = await server.api(requester, 'POST', '/api/v1/requests', { body: validRequestBody(overrides) });
  if (created.status !== 201) throw new Error(`Could not create the request: ${created.status} ${JSON.stringify(created.body)}`);
  let record = created.body;
  for (const next of ['triage', 'ready_for_decision'] as const) {
    if (record.stage === stage) break;
    if (next === 'ready_for_decision') {
      // A request is scored before it is ready for decision.
      const scored = await server.api('tom.reed', 'PUT', `/api/v1/requests/${record.id}/score`, { body: { ratings: TEST_RATINGS, rationale: 'Scored for the test' }, headers: { 'If-Match': record.etag } });
      if (scored.status !== 200) throw new Error(`Could not score ${record.id}: ${scored.status} ${JSON.stringify(scored.body)}`);
      record = scored.body;
    }
    const moved = await server.api('tom.reed', 'POST', `/api/v1/requests/${record.id}/stage`, { body: { to: next }, headers: { 'If-Match': record.etag } });
    if (moved.status !== 200) throw new Error(`Could not move ${record.id} to ${next}: ${moved.status} ${JSON.stringify(moved.body)}`);
    record = moved.body;
  }
  return record as { id: string; etag: string; title: string; stage: string };
}
