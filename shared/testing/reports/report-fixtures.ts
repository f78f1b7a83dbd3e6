import type { Action, ActionStatus } from '../../src/domain/actions/action';
import type { Decision } from '../../src/domain/decisions/decision';
import type { Meeting } from '../../src/domain/meetings/meeting';
import type { ProjectRequest } from '../../src/domain/requests/project-request';
import type { Risk } from '../../src/domain/risks/risk';
import type { Strategy } from '../../src/domain/strategy/strategy';
import {
  buildActionPlanTable,
  buildAuditActionsTable,
  buildAuditSummaryTable,
  buildCommitteeTimetableTable,
  buildDecisionsTable,
  buildPipelineTable,
  buildPortfolioTable,
  buildRagSummaryTable,
  buildRiskTable,
  buildStrategyTable,
  type TableFrame,
} from '../../src/domain/reports/build-report-tables';
import { buildEstateFixtureTables } from '../fixtures/estate-fixtures';
import { buildBudgetTable } from '../../src/domain/reports/build-budget-table';
import { buildTargetsTable } from '../../src/domain/reports/build-targets-table';
import type { StrategyTarget } from '../../src/domain/strategy/strategy-target';
import type { ReportChoices, ReportTable, ReportTableKey } from '../../src/domain/reports/report-table';
import { buildBenefitsRealisationFixture } from '../fixtures/benefits-fixtures';
import { buildForwardPlanTable } from '../../src/domain/reports/build-forward-plan-table';

/** Text a user could type that would break XML if it were not escaped. */
export const HOSTILE = `Tom & Jerry's "<script>alert(1)</script>" ]]> <w:p>`;

const NOW = '2026-11-22T10:15:00.000Z';

export function buildStrategyFixture(overrides: Partial<Strategy> = {}): Strategy {
  return {
    id: 'current',
    organisationId: 'org-a',
    title: 'ICT Strategy 2024–2029',
    periodStart: '2024-04-01',
    periodEnd: '2029-03-31',
    status: 'approved',
    approvedBy: 'Cabinet',
    approvedOn: '2024-03-12',
    corporatePriorities: [
      { id: 'cp1', title: 'A thriving local economy' },
      { id: 'cp2', title: `Priority ${HOSTILE}` },
    ],
    themes: [
      { id: 't1', title: 'Modern workforce', description: '', corporatePriorityIds: ['cp1'], objectives: ['Laptops for all', 'Teams everywhere'] },
      { id: 't2', title: `Theme ${HOSTILE}`, description: '', corporatePriorityIds: ['cp1', 'cp2'], objectives: [`Objective ${HOSTILE}`] },
    ],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** Strategy targets: one met, one on track, one behind, one not yet measured; one with hostile text. */
export function buildTargetFixtures(): StrategyTarget[] {
  const base = { baselineDate: '2024-04-01', targetDate: '2029-03-31', currentDate: '2026-10-31' };
  return [
    { ...base, id: 'T1', themeId: 't1', measure: 'Business applications in use', unit: 'count', baseline: 143, target: 100, current: 118, owner: 'Head of ICT' },
    { ...base, id: 'T2', themeId: 't2', measure: `Transactions online ${HOSTILE}`, unit: 'percent', baseline: 40, target: 80, current: 45 },
    { ...base, id: 'T3', themeId: 't1', measure: 'Staff with a modern laptop', unit: 'percent', baseline: 20, target: 100, current: 100 },
    { id: 'T4', measure: 'Cost of printing a year', unit: 'pounds', baseline: 250000, baselineDate: '2024-04-01', target: 150000, targetDate: '2029-03-31' },
  ];
}

/** Requests with budgets profiled by year; two shared between partners (one partner's name hostile). */
export function buildBudgetRequestFixtures(): ProjectRequest[] {
  return [
    buildRequestFixture(0, { stage: 'approved', budgetProfile: [{ year: '2026/27', capital: 90000, revenue: 10000 }, { year: '2027/28', capital: 30000, revenue: 12000 }], partnerShares: [{ council: 'Fenwick District Council', percent: 60 }, { council: `Marsh ${HOSTILE}`, percent: 40 }] }),
    buildRequestFixture(1, { stage: 'in_delivery', budgetProfile: [{ year: '2026/27', capital: 20000, revenue: 5000 }] }),
    buildRequestFixture(2, { stage: 'approved', budgetProfile: [{ year: '2027/28', capital: 10001, revenue: 3333 }], partnerShares: [{ council: 'Fenwick District Council', percent: 33.33 }, { council: `Marsh ${HOSTILE}`, percent: 66.67 }] }),
    buildRequestFixture(3, { stage: 'ready_for_decision', budgetProfile: [{ year: '2026/27', capital: 50000, revenue: 7000 }] }),
    buildRequestFixture(4, { stage: 'closed', budgetProfile: [{ year: '2026/27', capital: 1000, revenue: 1000 }] }),
  ];
}

const STATUSES: ActionStatus[] = ['on_track', 'at_risk', 'off_track', 'complete', 'not_started'];

export function buildActionFixture(index: number, overrides: Partial<Action> = {}): Action {
  return {
    id: `act-${index}`,
    organisationId: 'org-a',
    reference: `A${Math.floor(index / 10) + 1}.${(index % 10) + 1}`,
    title: index === 0 ? `Action ${HOSTILE}` : `Replace the legacy system number ${index}`,
    themeId: index % 2 === 0 ? 't1' : 't2',
    owner: index === 0 ? `Owner ${HOSTILE}` : 'Head of ICT',
    dueDate: '2027-03-31',
    financialYear: '2026/27',
    status: STATUSES[index % STATUSES.length]!,
    progressNote: '',
    source: { kind: 'strategy' },
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function buildRequestFixture(index: number, overrides: Partial<ProjectRequest> = {}): ProjectRequest {
  return {
    id: `EH-2026-${String(index + 1).padStart(4, '0')}`,
    organisationId: 'org-a',
    title: index === 0 ? `Request ${HOSTILE}` : `Request ${index}`,
    serviceArea: 'Revenues and Benefits',
    sponsor: 'Director of Resources',
    problem: 'p',
    proposedOutcome: 'o',
    themeIds: ['t1'],
    cashableSavings: 0,
    capitalCost: 10000 * (index + 1),
    revenueCost: 2500,
    ictEffortDays: 20 + index,
    neededBy: '2027-01-31',
    systemsTouched: [],
    systemsReplaced: [],
    personalData: false,
    dependencies: [],
    partnerCouncils: [],
    requester: { id: 'u1', name: 'Priya Shah' },
    stage: 'ready_for_decision',
    stageChangedAt: NOW,
    submittedAt: '2026-09-01T09:00:00.000Z',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function buildDecisionFixture(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'd1',
    organisationId: 'org-a',
    requestId: 'EH-2026-0001',
    requestTitle: `Request ${HOSTILE}`,
    outcome: 'approve',
    reason: `Reason ${HOSTILE}`,
    conditions: `Conditions ${HOSTILE}`,
    meetingId: 'm1',
    recordedBy: { id: 'u2', name: 'Helen Morris' },
    recordedAt: '2026-10-14T15:00:00.000Z',
    fromStage: 'ready_for_decision',
    toStage: 'approved',
    ...overrides,
  };
}

export function buildMeetingFixture(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    organisationId: 'org-a',
    forum: 'Digital Group',
    title: `Digital Group ${HOSTILE}`,
    startsAt: '2026-10-14T14:00:00.000Z',
    status: 'closed',
    agenda: [],
    attendees: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function buildRiskFixture(index: number, overrides: Partial<Risk> = {}): Risk {
  return {
    id: `r${index}`,
    organisationId: 'org-a',
    title: index === 0 ? `Risk ${HOSTILE}` : `Risk ${index}`,
    likelihood: 4,
    impact: 5 - (index % 5),
    owner: `Owner ${HOSTILE}`,
    mitigation: `Mitigation ${HOSTILE}`,
    status: 'open',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}


export function buildFrame(choices: ReportChoices = {}): TableFrame {
  return { organisation: { id: 'org-a', name: `Ashcombe ${HOSTILE}` }, choices, asAt: NOW };
}

/** One table of every kind in the catalogue, built from fixtures full of hostile text. */
export function buildEveryFixtureTable(): Record<ReportTableKey, ReportTable> {
  const strategy = buildStrategyFixture();
  const actions = Array.from({ length: 6 }, (_, index) => buildActionFixture(index));
  const audit = Array.from({ length: 3 }, (_, index) =>
    buildActionFixture(index, { id: `aud-${index}`, reference: `IA${index + 1}`, source: { kind: 'internal_audit', auditTitle: `Payroll ${HOSTILE}`, assurance: 'partial' } }),
  );
  const requests = Array.from({ length: 4 }, (_, index) => buildRequestFixture(index));
  return {
    strategy: buildStrategyTable(buildFrame({ theme: 't2' }), strategy),
    'action-plan': buildActionPlanTable(buildFrame({ year: '2026/27', theme: 't1' }), strategy, actions),
    portfolio: buildPortfolioTable(buildFrame({ from: '2026-01-01' }), requests),
    pipeline: buildPipelineTable(buildFrame({ stage: ['ready_for_decision'], top: 3 }), requests),
    decisions: buildDecisionsTable(buildFrame({ meeting: `m1${HOSTILE}` }), [buildDecisionFixture({ meetingId: `m1${HOSTILE}` })], [buildMeetingFixture({ id: `m1${HOSTILE}` })]),
    risks: buildRiskTable(buildFrame({ top: 5 }), Array.from({ length: 7 }, (_, index) => buildRiskFixture(index))),
    'audit-actions': buildAuditActionsTable(buildFrame({ year: '2026/27' }), audit),
    'rag-summary': buildRagSummaryTable(buildFrame({ year: '2026/27' }), strategy, actions),
    'audit-summary': buildAuditSummaryTable(buildFrame({ year: '2026/27' }), audit),
    budget: buildBudgetTable(buildFrame({ stage: ['approved', 'in_delivery'] }), buildBudgetRequestFixtures()),
    targets: buildTargetsTable(buildFrame({}), { ...strategy, targets: buildTargetFixtures() }),
    'committee-timetable': buildCommitteeTimetableTable(buildFrame({ from: '2026-10-01' }), [buildMeetingFixture(), buildMeetingFixture({ id: 'm2', status: 'planned', startsAt: '2026-12-09T14:00:00.000Z' })]),
    'benefits-realisation': buildBenefitsRealisationFixture(buildFrame()),
    'forward-plan': buildForwardPlanTable(buildFrame(), [
      { requestId: 'EH-2026-0012', subject: `Telephony ${HOSTILE}`, decisionMaker: 'Cabinet', decisionDate: '2026-12-16', noticeBy: '2026-11-04', noticePublishedOn: '2026-11-04', reasons: ['Whole-life cost of £235,000 is at or above the key decision threshold of £100,000.'] },
      { requestId: 'EH-2026-0013', subject: 'Homelessness case management', decisionMaker: 'Digital Group', decisionDate: '2027-01-13', noticeBy: '2026-11-30', reasons: ['Significant effect on 3 wards (2 or more makes a key decision).'] },
    ]),
    ...buildEstateFixtureTables(buildFrame(), HOSTILE),
  };
}
