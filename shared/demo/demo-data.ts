import type { Action, ActionPriority, ActionStatus, AssuranceLevel } from '../src/domain/actions/action';
import type { QuarterCapacity } from '../src/domain/capacity/capacity';
import type { DecisionOutcome } from '../src/domain/decisions/decision';
import type { Organisation } from '../src/domain/organisations/organisation';
import type { BudgetYear, PartnerShare } from '../src/domain/requests/budget-profile';
import type { RequestFields } from '../src/domain/requests/project-request';
import type { Stage } from '../src/domain/requests/stage';
import { DEFAULT_SCORING_WEIGHTS, type Ratings } from '../src/domain/scoring/scoring-criteria';
import type { Strategy } from '../src/domain/strategy/strategy';
import type { StrategyTarget } from '../src/domain/strategy/strategy-target';
import { DEMO_ORGANISATIONS } from './demo-users';
import { demoEstateStrategyTarget } from './build-demo-estate';

/** Demo data is written as at this moment, so the demo looks the same on every machine. */
export const DEMO_EPOCH = '2026-11-02T09:00:00.000Z';

/** Someone who asked for a project: a demo user who can sign in, or an officer who only appears as a requester. */
export type DemoRequester = { key: string } | { name: string; department: string; jobTitle: string };

export interface DemoRequest {
  fields: RequestFields;
  requester: DemoRequester;
  stage: Stage;
  submittedAt: string;
  ratings?: Ratings;
  decision?: { outcome: DecisionOutcome; reason: string; conditions?: string; at: string };
  plannedQuarter?: string;
  budgetProfile?: BudgetYear[];
  partnerShares?: PartnerShare[];
}

export interface DemoRisk {
  title: string;
  likelihood: number;
  impact: number;
  owner: string;
  mitigation: string;
  requestIndex?: number;
  themeId?: string;
  /** Where the mitigation should bring it. */
  target?: { likelihood: number; impact: number };
}

export interface DemoOrganisation {
  organisation: Organisation;
  strategy: Strategy;
  actions: Action[];
  requests: DemoRequest[];
  risks: DemoRisk[];
  capacity: QuarterCapacity[];
  meetings: { forum: string; title: string; startsAt: string; status: 'planned' | 'closed'; attendees: string[]; agendaStages: Stage[] }[];
  /**
   * The steering group's monthly meeting (the nth weekday, 0 Sunday … 6 Saturday) at which the
   * demo decisions were taken: each at the last one on or before the day it was recorded.
   */
  decisionMeetings: { forum: string; weekday: number; nth: number; time: string; attendees: string[] };
}

/** Officers who asked for projects in each service area (they appear only as requesters). */
const SERVICE_AREA_OFFICERS: Record<string, [name: string, jobTitle: string]> = {
  'Revenues and Benefits': ['Gareth Hughes', 'Benefits Manager'],
  'Planning and Building Control': ['Nadia Rahman', 'Development Management Lead'],
  Housing: ['Joanne Clarke', 'Housing Repairs Manager'],
  'Environmental Health': ['Ian Fletcher', 'Principal Environmental Health Officer'],
  'Customer Services': ['Lucy Wong', 'Customer Services Manager'],
  Finance: ['Robert Hale', 'Chief Accountant'],
  'HR and Payroll': ['Amira Khan', 'HR Business Partner'],
  'Legal and Democratic Services': ['Simon Price', 'Democratic Services Manager'],
  'Waste and Recycling': ['Karen Doyle', 'Waste Operations Manager'],
  'Leisure and Culture': ['Marcus Bell', 'Leisure Services Manager'],
  Licensing: ['Helen Ward', 'Licensing Team Leader'],
  Elections: ['Paul Griffiths', 'Electoral Services Manager'],
};

const SERVICE_AREAS = [
  'Revenues and Benefits',
  'Planning and Building Control',
  'Housing',
  'Environmental Health',
  'Customer Services',
  'Finance',
  'HR and Payroll',
  'Legal and Democratic Services',
  'Waste and Recycling',
  'Leisure and Culture',
  'Licensing',
  'Elections',
];

const ASHCOMBE_THEMES = [
  { id: 'workforce', title: 'Enabling a modern and flexible workforce', description: 'Staff can work well from anywhere with the right devices, tools and skills.', corporatePriorityIds: ['cp-council'], objectives: ['Every officer has a secure modern device', 'Collaboration in Microsoft 365 replaces shared drives', 'Digital skills for all staff'] },
  { id: 'resilience', title: 'Resilient solutions', description: 'Systems that stay up, recover quickly and resist cyber attack.', corporatePriorityIds: ['cp-council', 'cp-communities'], objectives: ['Cyber Assessment Framework baseline met', 'Tested recovery for every critical system', 'No unsupported software'] },
  { id: 'information', title: 'Information management', description: 'Information is accurate, findable, shared safely and kept only as long as needed.', corporatePriorityIds: ['cp-council'], objectives: ['Records retention applied automatically', 'One view of the resident', 'Data-protection impact assessed for every new system'] },
  { id: 'digital-residents', title: 'Digital services residents choose to use', description: 'Residents can do most things online, first time, at a time that suits them.', corporatePriorityIds: ['cp-communities', 'cp-economy'], objectives: ['Top 20 transactions online end to end', 'Accessible website (WCAG 2.2 AA)', 'Fewer avoidable contacts'] },
  { id: 'partnership', title: 'Working in partnership', description: 'Shared systems and services with partner councils where that is better value.', corporatePriorityIds: ['cp-economy', 'cp-environment'], objectives: ['Shared procurement with partners', 'Joint data standards'] },
];

const ASHCOMBE_PRIORITIES = [
  { id: 'cp-economy', title: 'A thriving local economy' },
  { id: 'cp-communities', title: 'Safe, healthy and connected communities' },
  { id: 'cp-council', title: 'An efficient and modern council' },
  { id: 'cp-environment', title: 'A greener borough' },
];

type ActionRow = [reference: string, title: string, themeId: string, owner: string, due: string, status: ActionStatus, note: string];

const ASHCOMBE_ACTIONS: ActionRow[] = [
  ['A1.1', 'Replace end-of-life laptops for frontline staff', 'workforce', 'ICT Service Manager', '2026-09-30', 'complete', '412 devices deployed; old devices wiped and recycled.'],
  ['A1.2', 'Move departmental shared drives to SharePoint', 'workforce', 'ICT Service Manager', '2027-03-31', 'at_risk', 'Housing and Planning migrated; Finance delayed by year-end work.'],
  ['A1.3', 'Digital skills programme for all staff', 'workforce', 'Head of HR', '2027-02-28', 'on_track', '58% of staff have completed the core modules.'],
  ['A2.1', 'Achieve Cyber Assessment Framework baseline', 'resilience', 'Head of ICT and Digital', '2027-03-31', 'on_track', 'Self-assessment complete; 6 of 9 gaps closed.'],
  ['A2.2', 'Test disaster recovery for all critical systems', 'resilience', 'Infrastructure Manager', '2026-12-31', 'off_track', 'Revenues system test failed in October; supplier fix awaited.'],
  ['A2.3', 'Remove unsupported server operating systems', 'resilience', 'Infrastructure Manager', '2027-01-31', 'at_risk', '7 servers remain; two depend on the legacy planning system.'],
  ['A3.1', 'Apply retention labels to Microsoft 365 content', 'information', 'Information Governance Lead', '2027-03-31', 'not_started', 'Waiting for the corporate retention schedule review.'],
  ['A3.2', 'Single resident index for Revenues, Housing and Benefits', 'information', 'Head of ICT and Digital', '2027-06-30', 'on_track', 'Matching rules agreed; pilot with Housing in January.'],
  ['A4.1', 'Online forms for the top 20 resident transactions', 'digital-residents', 'Digital Services Manager', '2027-03-31', 'on_track', '14 of 20 live; garden waste renewals moved online.'],
  ['A4.2', 'Website accessibility audit and fixes', 'digital-residents', 'Digital Services Manager', '2026-12-31', 'complete', 'Audit passed; statement published.'],
  ['A5.1', 'Joint procurement of a planning system with Fenwick and Marsh', 'partnership', 'Head of Planning', '2027-05-31', 'at_risk', 'Partners agreed scope; tender delayed to February.'],
  ['A5.2', 'Common data standards with partner councils', 'partnership', 'Information Governance Lead', '2027-03-31', 'not_started', 'First workshop booked for January.'],
];

/** Actions whose due date the steering group agreed to move. */
const REVISED_DUE_DATES: Record<string, string> = { 'A1.2': '2027-06-30', 'A5.1': '2027-09-30' };

/** Audit recommendations carry the auditor's priority. */
const AUDIT_PRIORITIES: Record<string, ActionPriority> = { 'IA-2026-01': 'high', 'IA-2026-02': 'medium' };

const ASHCOMBE_AUDIT_ACTIONS: [reference: string, title: string, auditTitle: string, assurance: AssuranceLevel, owner: string, due: string, status: ActionStatus, note: string][] = [
  ['IA-2026-01', 'Apply critical security patches within 14 days', 'Cyber security: patch management', 'partial', 'Infrastructure Manager', '2026-12-31', 'at_risk', 'Patch compliance at 81%, target 95%.'],
  ['IA-2026-02', 'Reconcile the ICT asset register quarterly', 'ICT asset management', 'satisfactory', 'ICT Service Manager', '2027-01-31', 'on_track', 'First reconciliation done in September.'],
];

/** Measured in October 2026 against the strategy's April 2024 baseline (the estate's, T1, from the register's first count in April 2025). */
const ASHCOMBE_TARGETS: StrategyTarget[] = [
  // Measures the application estate: figures from the register and its rationalisation target.
  demoEstateStrategyTarget(DEMO_ORGANISATIONS.ashcombe.id, { id: 'T1', themeId: 'resilience', measure: 'Business applications in use', currentDate: '2026-10-31', owner: 'Head of ICT and Digital' }),
  { id: 'T2', themeId: 'digital-residents', measure: 'Top resident transactions online end to end', unit: 'count', baseline: 6, baselineDate: '2024-04-01', target: 20, targetDate: '2027-03-31', current: 14, currentDate: '2026-10-31', owner: 'Digital Services Manager' },
  { id: 'T3', themeId: 'resilience', measure: 'Servers on unsupported operating systems', unit: 'count', baseline: 23, baselineDate: '2024-04-01', target: 0, targetDate: '2027-01-31', current: 7, currentDate: '2026-10-31', owner: 'Infrastructure Manager' },
  { id: 'T4', themeId: 'workforce', measure: 'Staff who completed the digital skills modules', unit: 'percent', baseline: 0, baselineDate: '2024-04-01', target: 90, targetDate: '2027-02-28', current: 58, currentDate: '2026-10-31', owner: 'Head of HR' },
  { id: 'T5', themeId: 'digital-residents', measure: 'Avoidable contacts a year', unit: 'count', baseline: 182000, baselineDate: '2024-04-01', target: 140000, targetDate: '2029-03-31', current: 176500, currentDate: '2026-09-30', owner: 'Customer Services Manager' },
  { id: 'T6', themeId: 'digital-residents', measure: 'Website pages meeting WCAG 2.2 AA', unit: 'percent', baseline: 61, baselineDate: '2024-04-01', target: 100, targetDate: '2026-12-31', current: 100, currentDate: '2026-10-31', owner: 'Digital Services Manager' },
];

const FENWICK_TARGETS: StrategyTarget[] = [
  { id: 'FT1', themeId: 'shared-platforms', measure: 'Line-of-business systems shared by both councils', unit: 'count', baseline: 3, baselineDate: '2025-04-01', target: 15, targetDate: '2030-03-31', current: 6, currentDate: '2026-10-31', owner: 'Head of Shared ICT' },
  { id: 'FT2', themeId: 'secure', measure: 'Servers with immutable backups', unit: 'percent', baseline: 10, baselineDate: '2025-04-01', target: 100, targetDate: '2027-03-31', current: 40, currentDate: '2026-10-31', owner: 'Infrastructure Lead' },
];

interface RequestRow {
  title: string;
  area: number;
  stage: Stage;
  capital: number;
  revenue: number;
  days: number;
  neededBy: string;
  themes: string[];
  savings?: number;
  partners?: string[];
  statutory?: string;
  replaces?: string[];
  personalData?: boolean;
  ratings?: number[];
  requester?: string;
  /** Capital and revenue by financial year, and partner councils' shares of a shared project. */
  budget?: [year: string, capital: number, revenue: number][];
  shares?: [council: string, percent: number][];
  /** When it was submitted, for projects delivered before the demo year (benefits reviews are due on them). */
  submitted?: string;
}

const R = (ratings: number[]) => ratings;

const ASHCOMBE_REQUESTS: RequestRow[] = [
  { title: 'Council tax e-billing and online account', area: 0, stage: 'submitted', capital: 45000, revenue: 12000, days: 40, neededBy: '2027-04-01', themes: ['digital-residents'], savings: 38000, personalData: true, requester: 'priya.shah' },
  { title: 'Replacement for the housing repairs system', area: 2, stage: 'submitted', capital: 180000, revenue: 40000, days: 120, neededBy: '2027-10-01', themes: ['digital-residents', 'resilience'], replaces: ['Repairs Manager 6'], personalData: true },
  { title: 'Food hygiene inspection app for tablets', area: 3, stage: 'submitted', capital: 8000, revenue: 3000, days: 15, neededBy: '2027-03-01', themes: ['workforce'] },
  { title: 'Member casework system for councillors', area: 7, stage: 'submitted', capital: 12000, revenue: 6000, days: 20, neededBy: '2027-05-01', themes: ['information'], personalData: true },
  { title: 'Licensing applications online (taxi and premises)', area: 10, stage: 'submitted', capital: 25000, revenue: 5000, days: 30, neededBy: '2027-06-01', themes: ['digital-residents'], statutory: 'Provision of Services Regulations 2009: licence applications must be possible online' },
  { title: 'Automated benefits evidence upload', area: 0, stage: 'triage', capital: 15000, revenue: 4000, days: 25, neededBy: '2027-02-01', themes: ['digital-residents', 'information'], savings: 22000, personalData: true, requester: 'priya.shah' },
  { title: 'Planning document management migration', area: 1, stage: 'triage', capital: 60000, revenue: 9000, days: 70, neededBy: '2027-09-01', themes: ['information', 'partnership'], partners: ['Fenwick District Council'], replaces: ['Legacy DMS'] },
  { title: 'Staff rostering for the leisure centres', area: 9, stage: 'triage', capital: 10000, revenue: 7000, days: 18, neededBy: '2027-04-01', themes: ['workforce'] },
  { title: 'Payroll and HR self-service portal', area: 6, stage: 'triage', capital: 30000, revenue: 15000, days: 45, neededBy: '2027-07-01', themes: ['workforce'], savings: 15000, personalData: true },
  { title: 'Waste round optimisation software', area: 8, stage: 'triage', capital: 40000, revenue: 10000, days: 35, neededBy: '2027-05-01', themes: ['partnership'], savings: 60000 },
  { title: 'Electoral registration canvass automation', area: 11, stage: 'ready_for_decision', capital: 18000, revenue: 4000, days: 20, neededBy: '2027-06-30', themes: ['digital-residents'], statutory: 'Annual canvass reform (Representation of the People Act 1983, as amended)', ratings: R([4, 3, 5, 4, 4, 4, 4]) },
  { title: 'Customer contact centre telephony replacement', area: 4, stage: 'ready_for_decision', capital: 95000, revenue: 28000, days: 60, neededBy: '2027-03-31', themes: ['resilience', 'digital-residents'], replaces: ['Contact Centre PBX'], ratings: R([5, 4, 2, 5, 2, 3, 4]) },
  { title: 'Homelessness case management system', area: 2, stage: 'ready_for_decision', capital: 35000, revenue: 14000, days: 40, neededBy: '2027-01-31', themes: ['information'], statutory: 'Homelessness Reduction Act 2017: H-CLIC statutory returns', personalData: true, ratings: R([4, 3, 5, 5, 3, 3, 3]) },
  { title: 'Business rates revaluation modelling tool', area: 0, stage: 'ready_for_decision', capital: 9000, revenue: 2500, days: 10, neededBy: '2027-04-01', themes: ['information'], ratings: R([2, 3, 2, 2, 5, 5, 4]) },
  { title: 'Finance system upgrade to supported version', area: 5, stage: 'ready_for_decision', capital: 70000, revenue: 8000, days: 55, neededBy: '2027-03-31', themes: ['resilience'], ratings: R([4, 2, 3, 5, 3, 2, 3]) },
  { title: 'Planning enforcement mobile working', area: 1, stage: 'ready_for_decision', capital: 14000, revenue: 5000, days: 20, neededBy: '2027-05-31', themes: ['workforce'], partners: ['Marsh Vale District Council'], ratings: R([3, 3, 1, 2, 4, 4, 2]) },
  { title: 'Microsoft Teams telephony for back-office staff', area: 4, stage: 'approved', capital: 20000, revenue: 18000, days: 30, neededBy: '2026-12-31', themes: ['workforce', 'resilience'], ratings: R([5, 4, 1, 4, 3, 3, 5]), budget: [['2026/27', 20000, 6000], ['2027/28', 2500, 18000]] },
  { title: 'Garden waste subscriptions online', area: 8, stage: 'approved', capital: 12000, revenue: 3000, days: 15, neededBy: '2027-02-28', themes: ['digital-residents'], savings: 25000, ratings: R([4, 4, 1, 3, 4, 4, 5]), budget: [['2026/27', 12000, 3000], ['2027/28', 1500, 3200]] },
  { title: 'Secure email for legal case bundles', area: 7, stage: 'approved', capital: 5000, revenue: 4000, days: 8, neededBy: '2027-01-31', themes: ['information', 'resilience'], personalData: true, ratings: R([3, 2, 4, 4, 5, 5, 5]), budget: [['2026/27', 5000, 4000]] },
  { title: 'Multi-factor authentication for all remote access', area: 4, stage: 'approved', capital: 16000, revenue: 9000, days: 25, neededBy: '2026-12-31', themes: ['resilience'], ratings: R([5, 3, 4, 5, 4, 4, 5]), budget: [['2026/27', 16000, 9000]] },
  { title: 'Revenues system cloud migration', area: 0, stage: 'in_delivery', capital: 120000, revenue: 30000, days: 90, neededBy: '2027-03-31', themes: ['resilience'], ratings: R([5, 3, 2, 5, 2, 2, 4]), budget: [['2026/27', 60000, 15000], ['2027/28', 45000, 30000], ['2028/29', 15000, 30500]] },
  { title: 'Housing rent payment kiosk replacement', area: 2, stage: 'in_delivery', capital: 22000, revenue: 3000, days: 12, neededBy: '2026-12-15', themes: ['digital-residents'], ratings: R([3, 3, 1, 3, 4, 4, 5]), budget: [['2026/27', 22000, 3000]] },
  { title: 'Council website search improvement', area: 4, stage: 'in_delivery', capital: 8000, revenue: 2000, days: 10, neededBy: '2027-01-15', themes: ['digital-residents'], ratings: R([4, 3, 1, 2, 5, 5, 5]), budget: [['2026/27', 8000, 2000]] },
  { title: 'Laptop refresh for social care partners', area: 2, stage: 'in_delivery', capital: 55000, revenue: 0, days: 30, neededBy: '2027-02-28', themes: ['workforce'], ratings: R([4, 3, 1, 3, 3, 3, 5]), budget: [['2026/27', 55000, 0]] },
  { title: 'Committee management system upgrade', area: 7, stage: 'closed', capital: 10000, revenue: 5000, days: 12, neededBy: '2026-09-30', themes: ['information'], ratings: R([3, 2, 3, 3, 4, 4, 5]), submitted: '2025-06-02T10:00:00.000Z' },
  { title: 'Cashless parking payments', area: 4, stage: 'closed', capital: 15000, revenue: 2000, days: 14, neededBy: '2026-07-31', themes: ['digital-residents'], savings: 18000, ratings: R([4, 4, 1, 2, 4, 4, 5]), submitted: '2025-01-13T10:00:00.000Z' },
  { title: 'Tree inspection mapping tool', area: 3, stage: 'deferred', capital: 18000, revenue: 4000, days: 20, neededBy: '2027-09-30', themes: ['information'], ratings: R([2, 2, 2, 2, 4, 4, 3]) },
  { title: 'Chatbot for council tax enquiries', area: 0, stage: 'deferred', capital: 30000, revenue: 12000, days: 30, neededBy: '2027-06-30', themes: ['digital-residents'], savings: 20000, ratings: R([3, 3, 1, 1, 3, 3, 2]) },
  { title: 'Separate HR case system for one team', area: 6, stage: 'rejected', capital: 25000, revenue: 8000, days: 25, neededBy: '2027-01-31', themes: ['workforce'], ratings: R([1, 1, 1, 1, 3, 3, 3]) },
  { title: 'Leisure booking app (superseded)', area: 9, stage: 'withdrawn', capital: 20000, revenue: 6000, days: 20, neededBy: '2027-03-31', themes: ['digital-residents'] },
];

const FENWICK_THEMES = [
  { id: 'shared-platforms', title: 'Shared platforms for partner councils', description: 'One set of systems serving both councils where services are shared.', corporatePriorityIds: ['fm-value'], objectives: ['Converge line-of-business systems', 'One identity across both councils'] },
  { id: 'secure', title: 'Secure and resilient ICT', description: 'Services that withstand cyber threats and recover quickly.', corporatePriorityIds: ['fm-value'], objectives: ['PSN compliance kept', 'Immutable backups'] },
  { id: 'customer', title: 'Customer access', description: 'Residents of both districts can reach services online.', corporatePriorityIds: ['fm-people'], objectives: ['Shared customer portal'] },
];

const FENWICK_REQUESTS: RequestRow[] = [
  { title: 'Shared planning portal for both councils', area: 1, stage: 'ready_for_decision', capital: 90000, revenue: 20000, days: 80, neededBy: '2027-06-30', themes: ['shared-platforms', 'customer'], partners: ['Fenwick District Council', 'Marsh Vale District Council'], ratings: R([5, 4, 2, 3, 2, 2, 3]), requester: 'aled.jones', budget: [['2027/28', 60000, 10000], ['2028/29', 30000, 10000]], shares: [['Fenwick District Council', 50], ['Marsh Vale District Council', 50]] },
  { title: 'Immutable backup service', area: 5, stage: 'approved', capital: 40000, revenue: 12000, days: 25, neededBy: '2027-01-31', themes: ['secure'], ratings: R([5, 3, 3, 5, 3, 4, 4]), budget: [['2026/27', 40000, 6000], ['2027/28', 5000, 12000]], shares: [['Fenwick District Council', 50], ['Marsh Vale District Council', 50]] },
  { title: 'Joint customer portal', area: 4, stage: 'triage', capital: 60000, revenue: 15000, days: 50, neededBy: '2027-09-30', themes: ['customer'], partners: ['Marsh Vale District Council'] },
  { title: 'Building control inspection app', area: 1, stage: 'submitted', capital: 12000, revenue: 3000, days: 15, neededBy: '2027-04-30', themes: ['shared-platforms'], requester: 'aled.jones' },
  { title: 'Identity federation between the two councils', area: 6, stage: 'in_delivery', capital: 20000, revenue: 5000, days: 30, neededBy: '2026-12-31', themes: ['shared-platforms', 'secure'], ratings: R([5, 3, 2, 4, 4, 3, 4]), budget: [['2026/27', 20000, 5000]], shares: [['Fenwick District Council', 55], ['Marsh Vale District Council', 45]] },
  { title: 'Elections management system', area: 11, stage: 'deferred', capital: 15000, revenue: 6000, days: 12, neededBy: '2027-03-31', themes: ['secure'], ratings: R([2, 2, 4, 2, 4, 4, 2]) },
  { title: 'Shared telephony platform for both councils', area: 4, stage: 'closed', capital: 65000, revenue: 18000, days: 45, neededBy: '2025-10-31', themes: ['shared-platforms', 'customer'], savings: 42000, partners: ['Fenwick District Council', 'Marsh Vale District Council'], ratings: R([5, 4, 1, 4, 3, 3, 4]), submitted: '2025-03-03T10:00:00.000Z' },
  { title: 'Marsh Vale server room decommissioning', area: 5, stage: 'closed', capital: 12000, revenue: 0, days: 20, neededBy: '2026-01-31', themes: ['secure'], savings: 15000, ratings: R([4, 3, 1, 3, 4, 4, 4]), submitted: '2025-06-09T10:00:00.000Z' },
];

function organisation(id: string, tenantId: string, name: string, shortName: string, partners: string[], forums: string[]): Organisation {
  const domain = `${id}.example.gov.uk`;
  return {
    id,
    name,
    shortName,
    tenantIds: [tenantId],
    partnerCouncils: partners,
    serviceAreas: SERVICE_AREAS,
    // 01632 960xxx is an Ofcom drama number: never a real line.
    serviceDesk: { name: `${shortName} IT Service Desk`, phone: '01632 960 123', email: `servicedesk@${domain}`, url: `https://servicedesk.${domain}` },
    forums,
    scoringWeights: DEFAULT_SCORING_WEIGHTS,
    financialYearStartMonth: 4,
    createdAt: DEMO_EPOCH,
    updatedAt: DEMO_EPOCH,
  };
}

function toDemoRequests(rows: RequestRow[], sponsor: string): DemoRequest[] {
  return rows.map((row, index) => {
    const [strategicFit, benefits, statutoryNeed, riskOfNotDoing, cost, effort, readiness] = row.ratings ?? [];
    const submitted = row.submitted ?? new Date(Date.parse('2026-03-02T10:00:00Z') + index * 6 * 86_400_000).toISOString();
    const decided: Stage[] = ['approved', 'in_delivery', 'closed', 'deferred', 'rejected'];
    const outcome: DecisionOutcome | undefined = decided.includes(row.stage)
      ? row.stage === 'deferred'
        ? 'defer'
        : row.stage === 'rejected'
          ? 'reject'
          : 'approve'
      : undefined;
    return {
      requester: row.requester
        ? { key: row.requester }
        : { name: SERVICE_AREA_OFFICERS[SERVICE_AREAS[row.area]!]![0], jobTitle: SERVICE_AREA_OFFICERS[SERVICE_AREAS[row.area]!]![1], department: SERVICE_AREAS[row.area]! },
      stage: row.stage,
      submittedAt: submitted,
      ...(row.ratings ? { ratings: { strategicFit: strategicFit!, benefits: benefits!, statutoryNeed: statutoryNeed!, riskOfNotDoing: riskOfNotDoing!, cost: cost!, effort: effort!, readiness: readiness! } } : {}),
      ...(outcome
        ? {
            decision: {
              outcome,
              reason:
                outcome === 'approve'
                  ? 'Strong fit with the ICT strategy and capacity is available.'
                  : outcome === 'defer'
                    ? 'Worthwhile, but capacity is committed this year; revisit at budget setting.'
                    : 'Duplicates the corporate case management platform already in use.',
              ...(outcome === 'approve' ? { conditions: 'Data protection impact assessment signed off before go-live.' } : {}),
              at: new Date(Date.parse(submitted) + 40 * 86_400_000).toISOString(),
            },
          }
        : {}),
      fields: {
        title: row.title,
        serviceArea: SERVICE_AREAS[row.area]!,
        sponsor,
        problem: `The ${SERVICE_AREAS[row.area]!.toLowerCase()} team relies on manual processes and ageing systems for this work, which causes delays for residents and rework for staff.`,
        proposedOutcome: `${row.title} so that the service is quicker for residents and staff spend less time on re-keying.`,
        whoIsAffected: `Residents using ${SERVICE_AREAS[row.area]!.toLowerCase()} services and the officers who support them.`,
        themeIds: row.themes,
        ...(row.statutory ? { statutoryDriver: row.statutory, statutoryDeadline: row.neededBy } : {}),
        cashableSavings: row.savings ?? 0,
        nonCashableBenefits: 'Better resident experience; fewer errors; better management information.',
        capitalCost: row.capital,
        revenueCost: row.revenue,
        ictEffortDays: row.days,
        neededBy: row.neededBy,
        systemsTouched: ['Microsoft 365'],
        systemsReplaced: row.replaces ?? [],
        personalData: row.personalData ?? false,
        ...(row.personalData ? { dataProtectionNotes: 'Processes residents’ personal data; a DPIA will be needed.' } : {}),
        keyRisks: 'Supplier capacity; staff time for testing and training.',
        dependencies: [],
        partnerCouncils: row.partners ?? [],
      },
      ...(row.budget ? { budgetProfile: row.budget.map(([year, capital, revenue]) => ({ year, capital, revenue })) } : {}),
      ...(row.shares ? { partnerShares: row.shares.map(([council, percent]) => ({ council, percent })) } : {}),
    };
  });
}

function quarters(organisationId: string, rows: [quarterId: string, ictDays: number, budget: number][]): QuarterCapacity[] {
  return rows.map(([quarterId, ictDays, budget]) => ({ organisationId, quarterId, ictDays, budget, updatedAt: DEMO_EPOCH }));
}

/** The two demo organisations: a borough council and a shared ICT service of two districts. */
export function buildDemoOrganisations(): DemoOrganisation[] {
  const ashcombeId = DEMO_ORGANISATIONS.ashcombe.id;
  const fenwickId = DEMO_ORGANISATIONS.fenwickMarsh.id;
  const ashcombe: DemoOrganisation = {
    organisation: organisation(ashcombeId, DEMO_ORGANISATIONS.ashcombe.tenantId, 'Ashcombe Borough Council', 'Ashcombe', ['Fenwick District Council', 'Marsh Vale District Council'], ['Digital Group', 'Corporate ICT Steering Group']),
    strategy: {
      id: 'current',
      organisationId: ashcombeId,
      title: 'ICT and Digital Strategy 2024–2029',
      periodStart: '2024-04-01',
      periodEnd: '2029-03-31',
      status: 'approved',
      approvedBy: 'Cabinet',
      approvedOn: '2024-03-12',
      corporatePriorities: ASHCOMBE_PRIORITIES,
      themes: ASHCOMBE_THEMES,
      targets: ASHCOMBE_TARGETS,
      createdAt: DEMO_EPOCH,
      updatedAt: DEMO_EPOCH,
    },
    actions: [
      ...ASHCOMBE_ACTIONS.map(([reference, title, themeId, owner, dueDate, status, progressNote]) => ({
        id: reference,
        organisationId: ashcombeId,
        reference,
        title,
        themeId,
        owner,
        dueDate,
        financialYear: '2026/27',
        status,
        progressNote,
        ...(REVISED_DUE_DATES[reference] ? { revisedDueDate: REVISED_DUE_DATES[reference] } : {}),
        progressUpdatedAt: DEMO_EPOCH,
        source: { kind: 'strategy' as const },
        createdAt: DEMO_EPOCH,
        updatedAt: DEMO_EPOCH,
      })),
      ...ASHCOMBE_AUDIT_ACTIONS.map(([reference, title, auditTitle, assurance, owner, dueDate, status, progressNote]) => ({
        id: reference,
        organisationId: ashcombeId,
        reference,
        title,
        themeId: 'resilience',
        owner,
        dueDate,
        financialYear: '2026/27',
        status,
        progressNote,
        ...(AUDIT_PRIORITIES[reference] ? { priority: AUDIT_PRIORITIES[reference] } : {}),
        progressUpdatedAt: DEMO_EPOCH,
        source: { kind: 'internal_audit' as const, auditTitle, assurance },
        createdAt: DEMO_EPOCH,
        updatedAt: DEMO_EPOCH,
      })),
    ],
    requests: toDemoRequests(ASHCOMBE_REQUESTS, 'Director of Resources'),
    risks: [
      { title: 'Supplier cannot meet the telephony cut-over date', likelihood: 3, impact: 4, owner: 'Customer Services Manager', mitigation: 'Contractual milestones; fallback to current PBX until April.', requestIndex: 11 },
      { title: 'H-CLIC return missed if the system is late', likelihood: 3, impact: 5, owner: 'Head of Housing', mitigation: 'Interim spreadsheet return agreed with DLUHC contact.', requestIndex: 12 },
      { title: 'Finance system out of support from April', likelihood: 4, impact: 4, owner: 'Chief Finance Officer', mitigation: 'Extended support quote obtained as a fallback.', requestIndex: 14, target: { likelihood: 2, impact: 3 } },
      { title: 'Data migration errors in revenues accounts', likelihood: 2, impact: 5, owner: 'Revenues Manager', mitigation: 'Three trial migrations with reconciliation.', requestIndex: 20 },
      { title: 'Staff not trained before go-live', likelihood: 2, impact: 2, owner: 'Digital Services Manager', mitigation: 'Training plan with e-learning before launch.', requestIndex: 17 },
      { title: 'Repairs contractor interface not available', likelihood: 3, impact: 3, owner: 'Head of Housing', mitigation: 'Interface in the tender specification.', requestIndex: 1 },
      { title: 'Ransomware attack disrupts council services', likelihood: 3, impact: 5, owner: 'Head of ICT and Digital', mitigation: 'Immutable backups, MFA everywhere, tested recovery.', themeId: 'resilience', target: { likelihood: 2, impact: 4 } },
      { title: 'Key ICT staff leave during major projects', likelihood: 3, impact: 3, owner: 'ICT Service Manager', mitigation: 'Knowledge sharing and partner framework for contractors.', themeId: 'workforce', target: { likelihood: 2, impact: 3 } },
      { title: 'Partner councils’ priorities diverge', likelihood: 2, impact: 3, owner: 'Head of Planning', mitigation: 'Partnership Board agrees a joint roadmap annually.', themeId: 'partnership' },
      { title: 'Retention schedule not agreed in time', likelihood: 4, impact: 2, owner: 'Information Governance Lead', mitigation: 'Escalated to the Information Governance Board.', themeId: 'information' },
      { title: 'Low take-up of online council tax account', likelihood: 2, impact: 3, owner: 'Revenues Manager', mitigation: 'Promotion with annual bills; assisted digital help.', requestIndex: 0 },
      { title: 'MFA roll-out blocks frontline staff without phones', likelihood: 1, impact: 3, owner: 'ICT Service Manager', mitigation: 'Hardware tokens for staff without a work phone.', requestIndex: 19 },
    ],
    capacity: quarters(ashcombeId, [
      ['2026-27-Q3', 260, 220000],
      ['2026-27-Q4', 280, 260000],
      ['2027-28-Q1', 300, 240000],
      ['2027-28-Q2', 300, 200000],
      ['2027-28-Q3', 280, 180000],
    ]),
    meetings: [
      { forum: 'Digital Group', title: 'Digital Group – October 2026', startsAt: '2026-10-14T14:00:00.000Z', status: 'closed', attendees: ['Helen Morris (Chair)', 'David Okafor', 'Sarah Lewis', 'Tom Reed'], agendaStages: [] },
      { forum: 'Digital Group', title: 'Digital Group – December 2026', startsAt: '2026-12-09T14:00:00.000Z', status: 'planned', attendees: ['Helen Morris (Chair)', 'David Okafor', 'Sarah Lewis', 'Tom Reed'], agendaStages: ['ready_for_decision'] },
    ],
    decisionMeetings: { forum: 'Digital Group', weekday: 3, nth: 2, time: '14:00', attendees: ['Helen Morris (Chair)', 'David Okafor', 'Sarah Lewis', 'Tom Reed'] },
  };
  const fenwick: DemoOrganisation = {
    organisation: organisation(fenwickId, DEMO_ORGANISATIONS.fenwickMarsh.tenantId, 'Fenwick and Marsh Vale Shared ICT Service', 'Fenwick & Marsh', ['Fenwick District Council', 'Marsh Vale District Council'], ['Partnership Board']),
    strategy: {
      id: 'current',
      organisationId: fenwickId,
      title: 'Shared ICT Strategy 2025–2030',
      periodStart: '2025-04-01',
      periodEnd: '2030-03-31',
      status: 'approved',
      approvedBy: 'Joint Partnership Board',
      approvedOn: '2025-02-20',
      corporatePriorities: [
        { id: 'fm-value', title: 'Value for money through sharing' },
        { id: 'fm-people', title: 'Services built around people' },
      ],
      themes: FENWICK_THEMES,
      targets: FENWICK_TARGETS,
      createdAt: DEMO_EPOCH,
      updatedAt: DEMO_EPOCH,
    },
    actions: [
      ['S1.1', 'Single Microsoft 365 tenant for both councils', 'shared-platforms', 'Head of Shared ICT', '2027-03-31', 'on_track', 'Mail migration complete for Marsh Vale.'],
      ['S2.1', 'Immutable backups for all servers', 'secure', 'Infrastructure Lead', '2027-01-31', 'at_risk', 'Procurement awaiting Partnership Board approval.'],
      ['S3.1', 'Shared customer portal discovery', 'customer', 'Customer Services Lead', '2026-12-31', 'complete', 'Discovery report published.'],
    ].map(([reference, title, themeId, owner, dueDate, status, progressNote]) => ({
      id: reference!,
      organisationId: fenwickId,
      reference: reference!,
      title: title!,
      themeId: themeId!,
      owner: owner!,
      dueDate: dueDate!,
      financialYear: '2026/27',
      status: status as ActionStatus,
      progressNote: progressNote!,
      progressUpdatedAt: DEMO_EPOCH,
      source: { kind: 'strategy' as const },
      createdAt: DEMO_EPOCH,
      updatedAt: DEMO_EPOCH,
    })),
    requests: toDemoRequests(FENWICK_REQUESTS, 'Chief Operating Officer'),
    risks: [
      { title: 'Partner councils disagree on portal supplier', likelihood: 3, impact: 3, owner: 'Chief Operating Officer', mitigation: 'Joint evaluation panel.', requestIndex: 0 },
      { title: 'Backup restore untested', likelihood: 3, impact: 5, owner: 'Infrastructure Lead', mitigation: 'Quarterly restore tests.', themeId: 'secure' },
    ],
    capacity: quarters(fenwickId, [
      ['2026-27-Q3', 150, 120000],
      ['2026-27-Q4', 160, 140000],
      ['2027-28-Q1', 170, 150000],
    ]),
    meetings: [{ forum: 'Partnership Board', title: 'Partnership Board – January 2027', startsAt: '2027-01-20T10:00:00.000Z', status: 'planned', attendees: ['Owen Price (Chair)', 'Fiona Grant', 'Claire Bennett'], agendaStages: ['ready_for_decision'] }],
    decisionMeetings: { forum: 'Partnership Board', weekday: 4, nth: 1, time: '10:00', attendees: ['Owen Price (Chair)', 'Fiona Grant', 'Claire Bennett'] },
  };
  return [ashcombe, fenwick];
}
