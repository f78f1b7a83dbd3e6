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
