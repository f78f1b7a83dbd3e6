import { ragForStatus } from '../actions/rag';
import { formatLongDate, formatNumber, formatPounds } from '../formatting/format-values';
import type { Strategy } from '../strategy/strategy';
import { targetStatus, type StrategyTarget, type TargetUnit } from '../strategy/strategy-target';
import { RAG_TABLE_KEY, assembleTable, themeTitle, titleWithChoices, type TableFrame } from './build-report-tables';
import type { ReportCell, ReportTable } from './report-table';

/** A measurement as it reads: "143", "78%", "£1,200,000", "4.5". */
export function formatMeasure(value: number, unit: TargetUnit): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'pounds':
      return formatPounds(value);
    case 'count':
    case 'days':
      return formatNumber(value);
  }
}

const measurement = (value: number | undefined, date: string | undefined, unit: TargetUnit): ReportCell => ({
  text: value === undefined ? 'Not measured' : `${formatMeasure(value, unit)}${date ? `\n${formatLongDate(date)}` : ''}`,
});

const UNIT_WORDS: Record<TargetUnit, string> = { count: 'a count', percent: 'a percentage', pounds: 'pounds', days: 'days' };

/**
 * Progress against the strategy's targets: each measure with its baseline, target and latest
 * measurement (each with its date) and a status in words and shading (targetStatus: met is Blue –
 * complete; on or ahead of the line from baseline to target is Green), with the key.
 */
export function buildTargetsTable(frame: TableFrame, strategy: Strategy): ReportTable {
  const theme = frame.choices.theme;
  const shown = (strategy.targets ?? []).filter((target: StrategyTarget) => theme === undefined || target.themeId === theme);
  return assembleTable('targets', frame, {
    title: titleWithChoices('Progress against strategy targets', [theme !== undefined && `theme ${themeTitle(strategy, theme)}`, `${shown.length} ${shown.length === 1 ? 'target' : 'targets'}`]),
    columns: [{ label: 'Ref' }, { label: 'Measure' }, { label: 'Baseline', numeric: true }, { label: 'Target', numeric: true }, { label: 'Current', numeric: true }, { label: 'Status (RAG)' }],
    rows: shown.map((target) => {
      const rag = ragForStatus(targetStatus(target));
      const details = [target.themeId && theme === undefined ? `Theme: ${themeTitle(strategy, target.themeId)}` : undefined, target.owner && `Owner: ${target.owner}`].filter(Boolean);
      return [
        { text: target.id },
        { text: [target.measure, ...details].join('\n') },
        measurement(target.baseline, target.baselineDate, target.unit),
        measurement(target.target, target.targetDate, target.unit),
        measurement(target.current, target.currentDate, target.unit),
        { text: rag.label, fill: rag.fill, color: rag.text, bold: true },
      ];
    }),
    itemsInWords: shown.length === 1 ? 'target' : 'targets',
    emptyText: 'The strategy has no targets for these choices.',
    legend: RAG_TABLE_KEY,
    note: `Each figure is given with the date it was measured or is due (${[...new Set(shown.map((target) => UNIT_WORDS[target.unit]))].join(', ') || 'no units'}). Blue – complete means the target is met; Green means at or ahead of a straight line from baseline to target.`,
  });
}
