import type { Decision } from '../decisions/decision';
import type { ProjectRequest } from '../requests/project-request';
import type { RequestScore } from '../scoring/score-request';

/** A request for tests of the board rules; pass only what the test is about. */
export function buildTestRequest(overrides: Partial<ProjectRequest> & { id: string }): ProjectRequest {
  return {
    organisationId: 'ashcombe',
    title: `Request ${overrides.id}`,
    serviceArea: 'Revenues and Benefits',
    sponsor: 'Director of Resources',
    problem: 'A problem',
    proposedOutcome: 'An outcome',
    themeIds: ['workforce'],
    cashableSavings: 0,
    capitalCost: 0,
    revenueCost: 0,
    ictEffortDays: 0,
    neededBy: '2026-09-30',
    systemsTouched: [],
    systemsReplaced: [],
    personalData: false,
    dependencies: [],
    partnerCouncils: [],
    requester: { id: 'u1', name: 'Priya Shah' },
    stage: 'submitted',
    stageChangedAt: '2026-05-01T09:00:00.000Z',
    submittedAt: '2026-05-01T09:00:00.000Z',
    createdAt: '2026-05-01T09:00:00.000Z',
    updatedAt: '2026-05-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A score with the given total, for ordering and placement tests. */
export function buildTestScore(total: number): RequestScore {
  return {
    ratings: { strategicFit: 3, benefits: 3, statutoryNeed: 3, riskOfNotDoing: 3, cost: 3, effort: 3, readiness: 3 },
    parts: [],
    calculated: total,
    total,
    scoredBy: { id: 't1', name: 'Tom Reed' },
    scoredAt: '2026-05-02T09:00:00.000Z',
  };
}

/** A decision for minutes and agenda tests. */
export function buildTestDecision(overrides: Partial<Decision> & { id: string; requestId: string }): Decision {
  return {
    organisationId: 'ashcombe',
    requestTitle: `Request ${overrides.requestId}`,
    outcome: 'approve',
    reason: 'Strong case',
    recordedBy: { id: 'h1', name: 'Helen Morris' },
    recordedAt: '2026-12-09T14:30:00.000Z',
    fromStage: 'ready_for_decision',
    toStage: 'approved',
    ...overrides,
  };
}
