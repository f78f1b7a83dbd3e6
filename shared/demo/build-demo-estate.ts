import { demoGuid } from './demo-users';
import type { Repositories, WriteOperation } from '../src/domain/ports/repositories';
import type { Application, Capability, Disposition, Hosting, SupportStatus } from '../src/domain/estate/application';
import type { EstateTarget } from '../src/domain/estate/summarise-estate';
import { isLiveOn } from '../src/domain/estate/application';
import type { StrategyTarget } from '../src/domain/strategy/strategy-target';

/** Where the demo estate's records say they were written (the demo data's epoch). */
const WRITTEN_AT = '2026-11-02T09:00:00.000Z';

/** A small seeded generator (mulberry32): the same estate on every machine and every start. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** name, supplier, capability, service area, hosting, support, disposition: the applications a council would name first. */
type NamedRow = [string, string, Capability, string, Hosting, SupportStatus, Disposition];

/** Named applications, including the ones the demo pipeline's requests replace (so overlaps show on first start). */
const ASHCOMBE_NAMED: NamedRow[] = [
  ['Repairs Manager 6', 'Civic Housing Systems', 'housing', 'Housing', 'on_premises', 'out_of_support', 'eliminate'],
  ['Housing Rents and Tenancies', 'Civic Housing Systems', 'housing', 'Housing', 'hosted', 'supported', 'migrate'],
  ['Homelessness Casebook', 'In-house', 'housing', 'Housing', 'on_premises', 'extended_support', 'eliminate'],
  ['Allocations and Lettings', 'Keyway Software', 'housing', 'Housing', 'saas', 'supported', 'tolerate'],
  ['Revenues and Benefits Suite', 'Northway Public Sector', 'revenues', 'Revenues and Benefits', 'on_premises', 'supported', 'migrate'],
  ['Council Tax Online Account', 'Northway Public Sector', 'revenues', 'Revenues and Benefits', 'saas', 'supported', 'invest'],
  ['Benefits Evidence Scanner', 'DocuFlow', 'revenues', 'Revenues and Benefits', 'on_premises', 'extended_support', 'eliminate'],
  ['Business Rates Modeller', 'In-house', 'revenues', 'Revenues and Benefits', 'on_premises', 'supported', 'tolerate'],
  ['Legacy DMS', 'ArchivePoint', 'document_management', 'Planning and Building Control', 'on_premises', 'out_of_support', 'eliminate'],
  ['Corporate EDRMS', 'RecordSafe', 'document_management', 'Legal and Democratic Services', 'hosted', 'supported', 'invest'],
  ['Planning Applications Manager', 'Uniplan', 'planning', 'Planning and Building Control', 'hosted', 'supported', 'invest'],
  ['Building Control Inspections', 'Uniplan', 'planning', 'Planning and Building Control', 'hosted', 'supported', 'tolerate'],
  ['Planning Enforcement Log', 'In-house', 'planning', 'Planning and Building Control', 'on_premises', 'extended_support', 'eliminate'],
  ['Local Land Charges Register', 'Uniplan', 'planning', 'Planning and Building Control', 'hosted', 'supported', 'migrate'],
  ['Contact Centre PBX', 'Telecall', 'crm', 'Customer Services', 'on_premises', 'out_of_support', 'eliminate'],
  ['Customer Relationship Manager', 'Citizen First', 'crm', 'Customer Services', 'saas', 'supported', 'invest'],
  ['Website Content Management', 'GovWeb', 'crm', 'Customer Services', 'saas', 'supported', 'invest'],
  ['Online Forms Builder', 'FormCraft', 'crm', 'Customer Services', 'saas', 'supported', 'tolerate'],
  ['Financial Management System', 'LedgerPro', 'finance', 'Finance', 'on_premises', 'extended_support', 'migrate'],
  ['Income Management', 'PayPoint Civic', 'finance', 'Finance', 'hosted', 'supported', 'tolerate'],
  ['Purchase Cards Portal', 'LedgerPro', 'finance', 'Finance', 'saas', 'supported', 'tolerate'],
  ['Payroll and HR', 'PeopleCore', 'hr', 'HR and Payroll', 'hosted', 'supported', 'migrate'],
  ['E-recruitment', 'TalentGov', 'hr', 'HR and Payroll', 'saas', 'supported', 'tolerate'],
  ['Learning Zone', 'SkillsHub', 'hr', 'HR and Payroll', 'saas', 'supported', 'tolerate'],
  ['HR Case Tracker', 'In-house', 'hr', 'HR and Payroll', 'on_premises', 'extended_support', 'eliminate'],
  ['Electoral Management System', 'VoteWise', 'democracy', 'Elections', 'on_premises', 'supported', 'tolerate'],
  ['Committee Management', 'ModernMinutes', 'democracy', 'Legal and Democratic Services', 'saas', 'supported', 'invest'],
  ['Member Enquiries Database', 'In-house', 'democracy', 'Legal and Democratic Services', 'on_premises', 'extended_support', 'eliminate'],
  ['Waste Rounds and Bins', 'BinLogic', 'environment', 'Waste and Recycling', 'saas', 'supported', 'invest'],
  ['Garden Waste Subscriptions', 'BinLogic', 'environment', 'Waste and Recycling', 'saas', 'supported', 'tolerate'],
  ['Fleet Tracking', 'RouteWatch', 'environment', 'Waste and Recycling', 'saas', 'supported', 'tolerate'],
  ['Tree Inspection Spreadsheet', 'In-house', 'environment', 'Waste and Recycling', 'on_premises', 'out_of_support', 'eliminate'],
  ['Environmental Health Casework', 'RegServe', 'regulatory', 'Environmental Health', 'hosted', 'supported', 'migrate'],
  ['Food Hygiene Inspections', 'RegServe', 'regulatory', 'Environmental Health', 'hosted', 'supported', 'tolerate'],
  ['Licensing Register', 'RegServe', 'regulatory', 'Licensing', 'hosted', 'supported', 'migrate'],
  ['Taxi Licensing Database', 'In-house', 'regulatory', 'Licensing', 'on_premises', 'out_of_support', 'eliminate'],
  ['Leisure Bookings', 'ActiveBook', 'leisure', 'Leisure and Culture', 'saas', 'supported', 'tolerate'],
  ['Leisure Centre Rostering', 'In-house', 'leisure', 'Leisure and Culture', 'on_premises', 'extended_support', 'eliminate'],
  ['Museum Collections', 'Heritage Data', 'leisure', 'Leisure and Culture', 'on_premises', 'supported', 'tolerate'],
  ['Corporate GIS', 'MapCore', 'gis', 'Planning and Building Control', 'on_premises', 'supported', 'invest'],
  ['Local Land and Property Gazetteer', 'MapCore', 'gis', 'Planning and Building Control', 'hosted', 'supported', 'invest'],
  ['Asset Register', 'In-house', 'gis', 'Finance', 'on_premises', 'extended_support', 'migrate'],
  ['Microsoft 365', 'Microsoft', 'infrastructure', 'Customer Services', 'saas', 'supported', 'invest'],
  ['Backup and Recovery', 'SafeStore', 'infrastructure', 'Customer Services', 'on_premises', 'supported', 'migrate'],
  ['Remote Access Gateway', 'NetSecure', 'infrastructure', 'Customer Services', 'on_premises', 'extended_support', 'migrate'],
  ['Secure Email Gateway', 'MailShield', 'infrastructure', 'Legal and Democratic Services', 'saas', 'supported', 'tolerate'],
];

/** Contracts the demo shows ending soon: some covered by a request in the pipeline, some not. */
const ENDING_SOON: Record<string, string> = {
  'Contact Centre PBX': '2027-03-31',
  'Financial Management System': '2027-03-31',
  'Legacy DMS': '2027-06-30',
  'Repairs Manager 6': '2027-09-30',
  'Planning System (Marsh Vale)': '2027-05-31',
};

/** Small departmental systems make up the long tail of a council estate (most of what rationalisation removes). */
const TAIL_THINGS = ['Database', 'Tracker', 'Register', 'Log', 'Bookings', 'Returns', 'Mailer', 'Dashboard'];
const TAIL_AREAS: [string, Capability][] = [
  ['Revenues and Benefits', 'revenues'],
  ['Housing', 'housing'],
  ['Planning and Building Control', 'planning'],
  ['Environmental Health', 'regulatory'],
  ['Customer Services', 'crm'],
  ['Finance', 'finance'],
  ['HR and Payroll', 'hr'],
  ['Legal and Democratic Services', 'democracy'],
  ['Waste and Recycling', 'environment'],
  ['Leisure and Culture', 'leisure'],
  ['Licensing', 'regulatory'],
];
const TAIL_TOPICS: Record<string, string[]> = {
  'Revenues and Benefits': ['Discretionary Housing Payments', 'Single Person Discount', 'Recovery Action', 'Hardship Fund'],
  Housing: ['Disabled Facilities Grants', 'Empty Homes', 'Gas Safety', 'Garage Lettings'],
  'Planning and Building Control': ['Tree Preservation Orders', 'Section 106', 'Street Naming', 'Conservation Areas'],
  'Environmental Health': ['Pest Control', 'Noise Complaints', 'Private Water Supplies', 'Air Quality'],
  'Customer Services': ['Reception Queue', 'Complaints', 'Freedom of Information', 'Blue Badge'],
  Finance: ['Treasury', 'Insurance Claims', 'Sundry Debtors', 'Grants'],
  'HR and Payroll': ['Occupational Health', 'Car Allowances', 'Training Records', 'Pensions'],
  'Legal and Democratic Services': ['Legal Case', 'Land Registry', 'Deeds', 'Members Allowances'],
  'Waste and Recycling': ['Bulky Waste', 'Clinical Waste', 'Trade Waste', 'Fly-tipping'],
  'Leisure and Culture': ['Allotments', 'Events', 'Grants to Clubs', 'Parks Bookings'],
  Licensing: ['Street Trading', 'Animal Licensing', 'Scrap Metal', 'Gambling Premises'],
};

/** The day in a range, chosen by the generator. */
function dayBetween(random: () => number, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return new Date(start + Math.floor(random() * ((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

interface EstatePlan {
  organisationId: string;
  seed: number;
  named: NamedRow[];
  /** How many applications the strategy counted at its baseline. */
  baselineCount: number;
  baselineDate: string;
  targetCount: number;
  targetDate: string;
  source: string;
  /** Switched off since the baseline, and added since. */
  retiredSince: number;
  addedSince: number;
}

function buildEstate(plan: EstatePlan): { applications: Application[]; target: EstateTarget } {
  const random = seededRandom(plan.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rows: NamedRow[] = [...plan.named];
  const total = plan.baselineCount + plan.addedSince;
  for (let index = 0; rows.length < total; index += 1) {
    const [area, capability] = TAIL_AREAS[index % TAIL_AREAS.length]!;
    const topics = TAIL_TOPICS[area]!;
    const name = `${topics[Math.floor(index / TAIL_AREAS.length) % topics.length]} ${TAIL_THINGS[Math.floor(index / (TAIL_AREAS.length * topics.length)) % TAIL_THINGS.length]}`;
    if (rows.some((row) => row[0] === name)) continue;
    const support = pick<SupportStatus>(['supported', 'supported', 'extended_support', 'out_of_support']);
    rows.push([name, pick(['In-house', 'In-house', 'Civic Apps', 'Smallbrook Software']), capability, area, pick<Hosting>(['on_premises', 'on_premises', 'hosted', 'saas']), support, support === 'supported' ? pick<Disposition>(['tolerate', 'tolerate', 'eliminate']) : pick<Disposition>(['eliminate', 'migrate'])]);
  }
  const applications = rows.map(([name, supplier, capability, area, hosting, supportStatus, disposition], index): Application => {
    // The last ones joined after the baseline; the first retiredSince of the long tail were switched off since.
    const added = index >= plan.baselineCount ? dayBetween(random, addDays(plan.baselineDate, 60), '2026-10-31') : plan.baselineDate;
    const tailIndex = index - plan.named.length;
    const retired = tailIndex >= 0 && tailIndex < plan.retiredSince ? dayBetween(random, addDays(plan.baselineDate, 30), '2026-10-31') : undefined;
    const annualCost = supplier === 'In-house' ? (random() < 0.5 ? undefined : Math.round(random() * 20) * 100) : Math.round(2 + random() * 180) * 500;
    const contractEnd = ENDING_SOON[name] ?? (supplier === 'In-house' ? undefined : dayBetween(random, '2026-12-01', '2030-03-31'));
    const target = disposition === 'migrate' || disposition === 'eliminate' ? dayBetween(random, '2027-03-31', '2029-03-31') : undefined;
    return {
      id: demoGuid(`application:${plan.organisationId}:${index}`),
      organisationId: plan.organisationId,
      name,
      supplier,
      serviceAreas: [area],
      capability,
      hosting,
      supportStatus,
      ...(contractEnd ? { contractEnd } : {}),
      ...(annualCost !== undefined ? { annualCost } : {}),
      users: 3 + Math.floor(random() * (supplier === 'Microsoft' ? 900 : 120)),
      personalData: capability !== 'gis' && capability !== 'infrastructure' ? random() < 0.8 : false,
      businessOwner: `Head of ${area}`,
      disposition: retired ? 'eliminate' : disposition,
      ...(target || retired ? { dispositionTargetDate: retired ?? target! } : {}),
      ...(retired ? { retiredOn: retired } : {}),
      addedOn: added,
      createdAt: WRITTEN_AT,
      updatedAt: WRITTEN_AT,
    };
  });
  const target: EstateTarget = {
    id: 'current',
    organisationId: plan.organisationId,
    baselineCount: plan.baselineCount,
    baselineDate: plan.baselineDate,
    targetCount: plan.targetCount,
    targetDate: plan.targetDate,
    source: plan.source,
    updatedAt: WRITTEN_AT,
  };
  return { applications, target };
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const FENWICK_NAMED: NamedRow[] = [
  ['Planning Portal (Fenwick)', 'Uniplan', 'planning', 'Planning and Building Control', 'hosted', 'supported', 'migrate'],
  ['Planning System (Marsh Vale)', 'PlanRight', 'planning', 'Planning and Building Control', 'on_premises', 'extended_support', 'eliminate'],
  ['Customer Portal (Marsh Vale)', 'Citizen First', 'crm', 'Customer Services', 'saas', 'supported', 'migrate'],
  ['Backup Appliances', 'SafeStore', 'infrastructure', 'Finance', 'on_premises', 'supported', 'eliminate'],
  ['Electoral Register (both councils)', 'VoteWise', 'democracy', 'Elections', 'hosted', 'supported', 'tolerate'],
];

/**
 * The demo estates: Ashcombe's 143 applications at its April 2025 baseline (the strategy aims for
 * about 100 by March 2029), some switched off and a few added since; a smaller shared-service
 * estate for Fenwick and Marsh Vale. Generated from a fixed seed, so every start is the same.
 */
export function buildDemoEstate(organisationId: string): { applications: Application[]; target: EstateTarget } | undefined {
  if (organisationId === 'ashcombe') {
    return buildEstate({
      organisationId,
      seed: 143,
      named: ASHCOMBE_NAMED,
      baselineCount: 143,
      baselineDate: '2025-04-01',
      targetCount: 100,
      targetDate: '2029-03-31',
      source: 'ICT and Digital Strategy 2024–2029: rationalise business applications',
      retiredSince: 12,
      addedSince: 3,
    });
  }
  if (organisationId === 'fenwick-marsh') {
    return buildEstate({
      organisationId,
      seed: 52,
      named: FENWICK_NAMED,
      baselineCount: 52,
      baselineDate: '2025-06-01',
      targetCount: 35,
      targetDate: '2030-03-31',
      source: 'Shared ICT Strategy 2025–2030: converge the two councils’ systems',
      retiredSince: 4,
      addedSince: 1,
    });
  }
  return undefined;
}

/**
 * The strategy target that measures the estate, read from the register: its baseline and target
 * are the estate's rationalisation target, its current figure the applications live in the
 * register on `currentDate`. So the strategy-targets table, the rationalisation table and the
 * tab's Estate view give the committee one count (the register is the source of truth).
 */
export function demoEstateStrategyTarget(
  organisationId: string,
  fields: Pick<StrategyTarget, 'id' | 'themeId' | 'measure' | 'owner'> & { currentDate: string },
): StrategyTarget {
  const estate = buildDemoEstate(organisationId);
  if (!estate) throw new Error(`No demo estate for ${organisationId}.`);
  const { target, applications } = estate;
  const current = applications.filter((application) => isLiveOn(application, fields.currentDate)).length;
  return { ...fields, unit: 'count', baseline: target.baselineCount, baselineDate: target.baselineDate, target: target.targetCount, targetDate: target.targetDate, current };
}

/** The writes that seed an organisation's demo estate (none for an organisation without one). */
export function demoEstateOperations(repos: Repositories, organisationId: string): WriteOperation[] {
  const estate = buildDemoEstate(organisationId);
  if (!estate) return [];
  return [...estate.applications.map((application) => repos.applications.upsertOp(application)), repos.estateTargets.upsertOp(estate.target)];
}
