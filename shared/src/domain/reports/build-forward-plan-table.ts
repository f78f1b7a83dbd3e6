import { formatLongDate } from '../formatting/format-values';
import { assembleTable, type TableFrame } from './build-report-tables';
import type { ReportTable } from './report-table';
import type { ForwardPlanEntry } from '../constitution/route-request';

/** Said in the "Notice published" column until the notice is out. */
export const NOTICE_NOT_PUBLISHED = 'Not yet published';

/**
 * The forward plan as committee papers print it: each forthcoming key decision with who takes it,
 * when, when notice was published (or that it is not yet, and by when it must be) and why it is key.
 */
export function buildForwardPlanTable(frame: TableFrame, entries: readonly ForwardPlanEntry[]): ReportTable {
  return assembleTable('forward-plan', frame, {
    title: `Forward plan of key decisions (${entries.length} ${entries.length === 1 ? 'decision' : 'decisions'})`,
    columns: [
      { label: 'Ref', nowrap: true },
      { label: 'Subject' },
      { label: 'Decision maker' },
      { label: 'Date of decision', nowrap: true },
      { label: 'Notice published' },
      { label: 'Why it is a key decision' },
    ],
    // Seven columns break words on A4 portrait: the last day for notice goes with an unpublished notice, where it matters.
    rows: entries.map((entry) => [
      { text: entry.requestId },
      { text: entry.subject },
      { text: entry.decisionMaker },
      { text: formatLongDate(entry.decisionDate) },
      entry.noticePublishedOn
        ? { text: formatLongDate(entry.noticePublishedOn) }
        : { text: `${NOTICE_NOT_PUBLISHED}${entry.noticeBy ? `; needed by ${formatLongDate(entry.noticeBy)}` : ''}`, bold: true },
      { text: entry.reasons.join('\n') },
    ]),
    itemsInWords: entries.length === 1 ? 'key decision' : 'key decisions',
    emptyText: 'No key decisions are forthcoming.',
    note: 'Key decisions must be published on the forward plan the constitution’s number of clear days (28 by default) before they are taken.',
  });
}
