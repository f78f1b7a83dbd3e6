import { highestRiskLevel, type Risk, type RiskLevel } from '../risks/risk';

/** Each request's highest open risk level, for the risk badge on its board card. */
export function indexRiskLevelsByRequest(risks: readonly Pick<Risk, 'requestId' | 'likelihood' | 'impact' | 'status'>[]): Map<string, RiskLevel> {
  const byRequest = new Map<string, Pick<Risk, 'likelihood' | 'impact' | 'status'>[]>();
  for (const risk of risks) {
    if (!risk.requestId) continue;
    byRequest.set(risk.requestId, [...(byRequest.get(risk.requestId) ?? []), risk]);
  }
  const levels = new Map<string, RiskLevel>();
  for (const [requestId, list] of byRequest) {
    const level = highestRiskLevel(list);
    if (level) levels.set(requestId, level);
  }
  return levels;
}
