import { z } from 'zod';
import type { Stage } from '../requests/stage';
import { isoDate, requiredText, wholeNumber } from '../validation/fields';
import { CAPABILITIES, CAPABILITY_IDS, DISPOSITION_IDS, isLiveOn, normaliseApplicationName, type Application, type Capability, type Disposition } from './application';
import type { OverlapNote } from './overlap-note';

/** The strategy's aim for the estate, e.g. 143 business applications in April 2025 down to about 100 by March 2029. */
export const estateTargetFieldsSchema = z
  .object({
    baselineCount: wholeNumber('Baseline count', 0, 100_000),
    baselineDate: isoDate('Baseline date'),
    targetCount: wholeNumber('Target count', 0, 100_000),
    targetDate: isoDate('Target date'),
    source: requiredText('Source (the strategy that sets the target)'),
  })
  .strict()
  .refine((target) => target.targetDate > target.baselineDate, { error: 'The target date must be after the baseline date.', path: ['targetDate'] });
export type EstateTargetFields = z.infer<typeof estateTargetFieldsSchema>;

export interface EstateTarget extends EstateTargetFields {
  id: string;
  organisationId: string;
  updatedAt: string;
}

/** How far ahead contracts ending are listed: long enough to procure a replacement. */
export const CONTRACT_HORIZON_MONTHS = 18;

/** Requests that could cover an ending contract: what is still going ahead or done. */
const COVERING_STAGES_EXCLUDED: readonly Stage[] = ['rejected', 'withdrawn'];

export interface CoveringRequest {
  id: string;
  title: string;
  stage: Stage;
}

export interface ContractEnding {
  applicationId: string;
  name: string;
  supplier: string;
  capability: Capability;
  contractEnd: string;
  annualCost?: number;
  disposition: Disposition;
  /** Requests that replace it (by name in their systems replaced, or a "this replaces" note); empty when none does. */
  coveredBy: CoveringRequest[];
}

export interface CapabilityRow {
  capability: Capability;
  label: string;
  total: number;
  byDisposition: Record<Disposition, number>;
}

export type RationalisationStatus = 'ahead' | 'on_track' | 'behind' | 'no_target';
export const RATIONALISATION_STATUS_LABELS: Record<RationalisationStatus, string> = {
  ahead: 'Ahead of plan',
  on_track: 'On track',
  behind: 'Behind plan',
  no_target: 'No target set',
};

export interface EstateSummary {
  asAt: string;
  current: number;
  retired: number;
  target?: EstateTargetFields;
  /** Where a straight line from baseline to target would be today (rounded), and how the count compares. */
  expectedNow?: number;
  status: RationalisationStatus;
  byCapability: CapabilityRow[];
  byDisposition: Record<Disposition, number>;
  /** The count at each quarter end since the baseline (or the first application), and today. */
  series: { date: string; count: number }[];
  annualCost: { known: number; notKnown: number };
  contractsEnding: ContractEnding[];
}

export interface CoverableRequest {
  id: string;
  title: string;
  stage: Stage;
  systemsReplaced: readonly string[];
}

/** The same day some months later (the last day of the month when it has fewer days). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(date, lastDay))).toISOString().slice(0, 10);
}

/** Quarter ends (31 Mar, 30 Jun, 30 Sep, 31 Dec) after `from` and before `to`. */
function quarterEndsBetween(from: string, to: string): string[] {
  const ends: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const end of ['03-31', '06-30', '09-30', '12-31']) {
      const day = `${year}-${end}`;
      if (day > from && day < to) ends.push(day);
    }
  }
  return ends;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** Where a straight line from the baseline to the target stands on a day (before the baseline: the baseline). */
export function expectedCount(target: EstateTargetFields, day: string): number {
  const share = Math.min(1, Math.max(0, daysBetween(target.baselineDate, day) / daysBetween(target.baselineDate, target.targetDate)));
  return Math.round(target.baselineCount - (target.baselineCount - target.targetCount) * share);
}

function statusAgainst(target: EstateTargetFields | undefined, current: number, expected: number | undefined): RationalisationStatus {
  if (!target || expected === undefined) return 'no_target';
  if (current < expected) return 'ahead';
  return current === expected ? 'on_track' : 'behind';
}

function emptyDispositions(): Record<Disposition, number> {
  return Object.fromEntries(DISPOSITION_IDS.map((disposition) => [disposition, 0])) as Record<Disposition, number>;
}

/** Which requests cover each application: by its name in their systems replaced, or a "this replaces" note. */
function coveringRequests(applications: readonly Application[], requests: readonly CoverableRequest[], notes: readonly OverlapNote[]): Map<string, CoveringRequest[]> {
  const byName = new Map(applications.map((application) => [normaliseApplicationName(application.name), application.id]));
  const covering = new Map<string, CoveringRequest[]>();
  const add = (applicationId: string, request: CoverableRequest) => {
    const list = covering.get(applicationId) ?? [];
    if (!list.some((entry) => entry.id === request.id)) list.push({ id: request.id, title: request.title, stage: request.stage });
    covering.set(applicationId, list);
  };
  const open = requests.filter((request) => !COVERING_STAGES_EXCLUDED.includes(request.stage));
  for (const request of open) {
    // Touching a system (as most requests touch Microsoft 365) does not cover its contract; replacing it does.
    for (const system of request.systemsReplaced) {
      const applicationId = byName.get(normaliseApplicationName(system));
      if (applicationId) add(applicationId, request);
    }
  }
  const requestById = new Map(open.map((request) => [request.id, request]));
  for (const note of notes) {
    const request = requestById.get(note.requestId);
    if (note.verdict === 'replaces' && note.target.kind === 'application' && request) add(note.target.id, request);
  }
  return covering;
}

/**
 * The estate and its rationalisation on a day: counts by capability and disposition, the count
 * over time against the strategy's target, and contracts ending within 18 months with whether a
 * request covers them. Pure: the tab, the Word tables and the API present this one summary.
 */
export function summariseEstate(
  applications: readonly Application[],
  target: EstateTargetFields | undefined,
  requests: readonly CoverableRequest[],
  notes: readonly OverlapNote[],
  today: string,
): EstateSummary {
  const live = applications.filter((application) => isLiveOn(application, today));
  const byDisposition = emptyDispositions();
  const rows = new Map<Capability, CapabilityRow>();
  for (const application of live) {
    byDisposition[application.disposition] += 1;
    const row = rows.get(application.capability) ?? { capability: application.capability, label: CAPABILITIES[application.capability].label, total: 0, byDisposition: emptyDispositions() };
    row.total += 1;
    row.byDisposition[application.disposition] += 1;
    rows.set(application.capability, row);
  }
  const byCapability = [...rows.values()].sort((a, b) => b.total - a.total || CAPABILITY_IDS.indexOf(a.capability) - CAPABILITY_IDS.indexOf(b.capability));

  const firstDay = target?.baselineDate ?? applications.map((application) => application.addedOn).sort()[0] ?? today;
  const countOn = (day: string) => applications.filter((application) => isLiveOn(application, day)).length;
  const series = [...(firstDay < today ? [firstDay, ...quarterEndsBetween(firstDay, today)] : []), today].map((date) => ({
    date,
    // The baseline is what the strategy counted, whatever the register held on that day.
    count: target && date === target.baselineDate ? target.baselineCount : countOn(date),
  }));

  const horizon = addMonths(today, CONTRACT_HORIZON_MONTHS);
  const covering = coveringRequests(applications, requests, notes);
  const contractsEnding = live
    .filter((application) => application.contractEnd !== undefined && application.contractEnd >= today && application.contractEnd <= horizon)
    .sort((a, b) => a.contractEnd!.localeCompare(b.contractEnd!) || a.name.localeCompare(b.name, 'en-GB'))
    .map((application) => ({
      applicationId: application.id,
      name: application.name,
      supplier: application.supplier,
      capability: application.capability,
      contractEnd: application.contractEnd!,
      ...(application.annualCost !== undefined ? { annualCost: application.annualCost } : {}),
      disposition: application.disposition,
      coveredBy: covering.get(application.id) ?? [],
    }));

  const expectedNow = target ? expectedCount(target, today) : undefined;
  return {
    asAt: today,
    current: live.length,
    retired: applications.filter((application) => application.retiredOn !== undefined && application.retiredOn <= today).length,
    ...(target ? { target: targetFieldsOf(target), expectedNow } : {}),
    status: statusAgainst(target, live.length, expectedNow),
    byCapability,
    byDisposition,
    series,
    annualCost: live.reduce((total, application) => (application.annualCost === undefined ? { ...total, notKnown: total.notKnown + 1 } : { ...total, known: total.known + application.annualCost }), { known: 0, notKnown: 0 }),
    contractsEnding,
  };
}


/** The target as the summary describes it: the stored record's own bookkeeping (id, organisation, etag) left out. */
function targetFieldsOf({ baselineCount, baselineDate, targetCount, targetDate, source }: EstateTargetFields): EstateTargetFields {
  return { baselineCount, baselineDate, targetCount, targetDate, source };
}
