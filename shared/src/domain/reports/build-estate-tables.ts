import { formatLongDate, formatNumber, formatPounds } from '../formatting/format-values';
import { assembleTable, type TableFrame } from './build-report-tables';
import type { ReportCell, ReportTable } from './report-table';
import { DISPOSITIONS, DISPOSITION_IDS } from '../estate/application';
import { CONTRACT_HORIZON_MONTHS, RATIONALISATION_STATUS_LABELS, type EstateSummary } from '../estate/summarise-estate';

const count = (value: number, bold = false): ReportCell => ({ text: formatNumber(value), ...(bold ? { bold } : {}) });
const applications = (value: number) => `${formatNumber(value)} ${value === 1 ? 'application' : 'applications'}`;

/** The estate by capability: how many applications each disposition holds (in words in the headings), with a total row. */
export function buildEstateSummaryTable(frame: TableFrame, summary: EstateSummary): ReportTable {
  const rows = summary.byCapability.map((row) => [{ text: row.label }, ...DISPOSITION_IDS.map((disposition) => count(row.byDisposition[disposition])), count(row.total)]);
  const cost = summary.annualCost;
  return assembleTable('estate-summary', frame, {
    title: `Application estate by capability: ${applications(summary.current)}`,
    columns: [{ label: 'Capability' }, ...DISPOSITION_IDS.map((disposition) => ({ label: DISPOSITIONS[disposition], numeric: true })), { label: 'Total', numeric: true }],
    rows: rows.length > 0 ? [...rows, [{ text: 'Total', bold: true }, ...DISPOSITION_IDS.map((disposition) => count(summary.byDisposition[disposition], true)), count(summary.current, true)]] : [],
    itemsInWords: 'rows (one per capability and a total)',
    emptyText: 'The application register is empty.',
    note: `Dispositions follow the TIME model: tolerate, invest, migrate, eliminate. Known annual cost ${formatPounds(cost.known)}${cost.notKnown > 0 ? `; ${cost.notKnown} ${cost.notKnown === 1 ? 'application has' : 'applications have'} no cost recorded (not known, not counted as £0)` : ''}.`,
  });
}

/** Baseline, target and current count of the estate, where the plan expects it today, and contracts ending soon. */
export function buildRationalisationTable(frame: TableFrame, summary: EstateSummary): ReportTable {
  const target = summary.target;
  const covered = summary.contractsEnding.filter((contract) => contract.coveredBy.length > 0).length;
  const rows: ReportCell[][] = target
    ? [
        [{ text: 'Baseline' }, { text: formatLongDate(target.baselineDate) }, count(target.baselineCount)],
        [{ text: 'Target' }, { text: `${formatLongDate(target.targetDate)}, set by ${target.source}` }, count(target.targetCount)],
        [{ text: 'Current', bold: true }, { text: `${formatLongDate(summary.asAt)}: ${RATIONALISATION_STATUS_LABELS[summary.status].toLowerCase()}`, bold: true }, count(summary.current, true)],
        [{ text: 'Expected today on a straight line to the target' }, { text: formatLongDate(summary.asAt) }, count(summary.expectedNow ?? target.baselineCount)],
        [{ text: 'Reduction so far' }, { text: `since ${formatLongDate(target.baselineDate)}` }, count(target.baselineCount - summary.current)],
        [{ text: 'Still to reduce' }, { text: `by ${formatLongDate(target.targetDate)}` }, count(Math.max(0, summary.current - target.targetCount))],
        [{ text: `Contracts ending in the next ${CONTRACT_HORIZON_MONTHS} months` }, { text: `${covered} covered by a request` }, count(summary.contractsEnding.length)],
      ]
    : [];
  return assembleTable('estate-rationalisation', frame, {
    title: target ? `Application rationalisation: ${applications(summary.current)} against a target of ${formatNumber(target.targetCount)}` : 'Application rationalisation',
    columns: [{ label: 'Measure' }, { label: 'Date or status' }, { label: 'Applications', numeric: true }],
    rows,
    itemsInWords: 'measures',
    emptyText: 'No rationalisation target is set for the estate.',
  });
}
