import { ukDateOf } from '@entrance-hall/shared/domain/constitution/calendar-days';
import type { ConstitutionSettings } from '@entrance-hall/shared/domain/constitution/constitution-settings';
import type { DecisionRoute } from '@entrance-hall/shared/domain/constitution/decision-route';
import { routeAtMeeting } from '@entrance-hall/shared/domain/constitution/route-at-meeting';
import type { ReportSkeletonInput } from '@entrance-hall/shared/domain/reports/render-report-skeleton';
import type { CatalogueItem } from '@entrance-hall/shared/domain/reports/report-catalogue';
import type { ReportTable, ReportTableKey } from '@entrance-hall/shared/domain/reports/report-table';

/** The tables a committee report carries, each with the catalogue's defaults; the decisions log is the chosen meeting's. */
export async function loadSkeletonTables(getTable: (key: ReportTableKey, query: string) => Promise<ReportTable>, meetingId: string | undefined): Promise<ReportSkeletonInput['tables']> {
  const wanted: [keyof ReportSkeletonInput['tables'], string][] = [
    ['action-plan', ''],
    ['pipeline', ''],
    ['portfolio', ''],
    ['risks', ''],
    ['decisions', meetingId ? `meeting=${encodeURIComponent(meetingId)}` : ''],
    ['audit-actions', ''],
    ['forward-plan', ''],
  ];
  const loaded = await Promise.all(wanted.map(async ([key, query]) => [key, await getTable(key, query)] as const));
  return Object.fromEntries(loaded);
}

/** The chosen meeting's title and start, from the catalogue's meeting options. */
export function chosenMeeting(catalogue: CatalogueItem[], meetingId: string | undefined): ReportSkeletonInput['meeting'] {
  const option = catalogue.find((item) => item.key === 'decisions')?.choices.find((choice) => choice.name === 'meeting')?.options?.find((candidate) => candidate.value === meetingId);
  return option?.date ? { title: option.label.replace(/ \([^)]*\)$/, ''), startsAt: option.date } : undefined;
}

/** What routing the requests at a meeting reads: the meeting, the constitution and each request's route as the API works it out. */
export interface MeetingRouteSource {
  getMeeting: (id: string) => Promise<{ forum: string; startsAt: string }>;
  getOrganisationSettings: () => Promise<ConstitutionSettings>;
  getDecisionRoute: (requestId: string) => Promise<DecisionRoute>;
}

/**
 * Each request awaiting a decision (the pipeline's references), routed at the chosen meeting's date
 * and forum, so the skeleton never asks the meeting to take a key decision it may not lawfully take.
 */
export async function loadMeetingRoutes(source: MeetingRouteSource, meetingId: string, references: readonly string[]): Promise<{ forum: string; routes: NonNullable<ReportSkeletonInput['routes']> }> {
  const [meeting, settings, routes] = await Promise.all([source.getMeeting(meetingId), source.getOrganisationSettings(), Promise.all(references.map((reference) => source.getDecisionRoute(reference)))]);
  const at = { date: ukDateOf(meeting.startsAt), forum: meeting.forum };
  const today = ukDateOf(new Date().toISOString());
  return { forum: meeting.forum, routes: Object.fromEntries(references.map((reference, index) => [reference, routeAtMeeting(routes[index]!, at, settings, today)])) };
}

/** The references in a table's "Ref" column (the pipeline's requests awaiting a decision). */
export function referencesIn(table: ReportTable | undefined): string[] {
  const index = table?.columns.findIndex((column) => column.label === 'Ref') ?? -1;
  return table && index >= 0 ? table.rows.map((row) => row[index]?.text ?? '').filter(Boolean) : [];
}
