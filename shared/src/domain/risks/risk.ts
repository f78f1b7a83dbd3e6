import { z } from 'zod';
import { LIMITS, optionalText, requiredText, wholeNumber } from '../validation/fields';

export type RiskLevel = 'low' | 'medium' | 'high';

/** A risk on the register: likelihood × impact on the council's 5×5 matrix. */
export interface Risk {
  id: string;
  organisationId: string;
  /** The register's own reference, e.g. "ICT-R03"; absent on risks recorded before references. */
  reference?: string;
  title: string;
  description?: string;
  likelihood: number;
  impact: number;
  owner: string;
  mitigation: string;
  /** Where the mitigation should bring the risk (the target score's likelihood and impact); absent when not set. */
  target?: { likelihood: number; impact: number };
  /** A request reference, or absent for a risk to the strategy as a whole. */
  requestId?: string;
  themeId?: string;
  status: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
}

export const createRiskSchema = z
  .object({
    title: requiredText('Risk title'),
    description: optionalText('Description', LIMITS.longText),
    likelihood: wholeNumber('Likelihood', 1, 5),
    impact: wholeNumber('Impact', 1, 5),
    owner: requiredText('Risk owner'),
    mitigation: requiredText('Mitigation', LIMITS.longText),
    requestId: z.string().max(32).optional(),
    themeId: z.string().max(64).optional(),
  })
  .strict();
export type CreateRiskInput = z.infer<typeof createRiskSchema>;

export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
  return risk.likelihood * risk.impact;
}

/** Bands of the 5×5 matrix: 1–4 low, 5–12 medium, 15–25 high. */
export function riskLevel(risk: Pick<Risk, 'likelihood' | 'impact'>): RiskLevel {
  const score = riskScore(risk);
  if (score >= 15) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** The highest level among a request's open risks, or undefined when it has none. */
export function highestRiskLevel(risks: readonly Pick<Risk, 'likelihood' | 'impact' | 'status'>[]): RiskLevel | undefined {
  const order: RiskLevel[] = ['low', 'medium', 'high'];
  return risks
    .filter((risk) => risk.status === 'open')
    .map(riskLevel)
    .reduce<RiskLevel | undefined>((highest, level) => (highest === undefined || order.indexOf(level) > order.indexOf(highest) ? level : highest), undefined);
}

/** Most severe first: score, then impact, then id. */
export function compareRiskSeverity(a: Pick<Risk, 'likelihood' | 'impact' | 'id'>, b: Pick<Risk, 'likelihood' | 'impact' | 'id'>): number {
  return riskScore(b) - riskScore(a) || b.impact - a.impact || a.id.localeCompare(b.id);
}

/** Sorts a copy with the most severe first. */
export function sortRisksBySeverity<T extends Pick<Risk, 'likelihood' | 'impact' | 'id'>>(risks: readonly T[]): T[] {
  return [...risks].sort(compareRiskSeverity);
}
