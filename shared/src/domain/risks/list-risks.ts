import { z } from 'zod';
import type { DomainContext } from '../context/domain-context';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import type { Versioned } from '../storage/versioned';
import { compareRiskSeverity, riskLevel, type Risk } from './risk';

export const riskFilterSchema = z
  .object({
    request: z.string().max(32).optional(),
    level: z.enum(['low', 'medium', 'high'], { error: 'Level must be low, medium or high.' }).optional(),
    status: z.enum(['open', 'closed'], { error: 'Status must be open or closed.' }).optional(),
  })
  .strict();
export type RiskFilter = z.infer<typeof riskFilterSchema>;

/** The risk register, most severe first. */
export async function listRisks(context: DomainContext, principal: Principal, filter: RiskFilter = {}): Promise<Versioned<Risk>[]> {
  assertCan(principal, 'governance:read');
  const records = await context.repos.risks.list(principal.organisationId);
  const matching = records.filter(
    (record) =>
      (filter.request === undefined || record.value.requestId === filter.request) &&
      (filter.level === undefined || riskLevel(record.value) === filter.level) &&
      (filter.status === undefined || record.value.status === filter.status),
  );
  return matching.sort((a, b) => compareRiskSeverity(a.value, b.value));
}
