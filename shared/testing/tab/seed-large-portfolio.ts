import { BOARD_STAGES } from '@entrance-hall/shared/browser/board/build-board-columns';
import type { ProjectRequest } from '@entrance-hall/shared/domain/requests/project-request';
import { formatRequestReference } from '@entrance-hall/shared/domain/requests/request-reference';
import { MAX_TRANSACTION_SIZE } from '@entrance-hall/shared/adapters/storage/table-store';
import type { RunningServer } from '../../../bot/src/server/start-server';

/** An unbroken 120-character title: one long word must wrap, never widen a column. */
export const LONG_UNBROKEN_TITLE = `Replacement${'X'.repeat(98)}Programme`.slice(0, 120);

/**
 * Fills an organisation's portfolio up to `total` requests (a large council's), written straight
 * to storage in transactions: copies of a scored demo request spread over the board's stages, with
 * scores, costs and efforts spread out, references EH-2025-0001 onwards, and one with a long
 * unbroken title. Returns how many requests the board shows (its stages only).
 */
export async function seedLargePortfolio(server: RunningServer, organisationId: string, total: number): Promise<{ onBoard: number }> {
  const repos = server.context.repos;
  const seeded = (await repos.requests.list(organisationId)).map((record) => record.value);
  const template = seeded.find((request) => request.score) ?? seeded[0]!;
  const operations = Array.from({ length: total - seeded.length }, (_, index) =>
    repos.requests.upsertOp({
      ...template,
      id: formatRequestReference(2025, index + 1),
      title: index === 0 ? LONG_UNBROKEN_TITLE : `Portfolio request ${index + 1}`,
      stage: BOARD_STAGES[index % BOARD_STAGES.length]!,
      ictEffortDays: 5 + ((index * 37) % 120),
      capitalCost: 1_000 * (index % 90),
      ...(template.score ? { score: { ...template.score, total: (index * 53) % 101, calculated: (index * 53) % 101 } } : {}),
    } satisfies ProjectRequest),
  );
  for (let start = 0; start < operations.length; start += MAX_TRANSACTION_SIZE) await repos.commit(organisationId, operations.slice(start, start + MAX_TRANSACTION_SIZE));
  const onBoard = (await repos.requests.list(organisationId)).filter((record) => BOARD_STAGES.includes(record.value.stage)).length;
  return { onBoard };
}
