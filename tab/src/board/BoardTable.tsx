import { makeStyles, tokens } from '@fluentui/react-components';
import { totalCost } from '@entrance-hall/shared/domain/requests/project-request';
import { STAGE_LABELS } from '@entrance-hall/shared/domain/requests/stage';
import { RISK_LEVEL_LABELS, type RiskLevel } from '@entrance-hall/shared/domain/risks/risk';
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { RequestSummaryRecord } from '../api/api-types';
import { formatDate, formatDays, formatPounds } from '../common/format';
import { moveRovingPosition } from './roving-position';
import { sortBoardTable, type TableColumn, type TableSort } from './sort-board-table';
import { useFillViewportHeight } from './use-fill-viewport-height';
import { useFocusWhenRendered } from './use-focus-when-rendered';
import { useWindowedRows } from './use-windowed-rows';

/** A table row's height: fixed, so a thousand rows can be windowed. */
const TABLE_ROW_HEIGHT_PX = 36;
/** The sticky header row's height, which covers the top of the scroll box. */
const TABLE_HEAD_HEIGHT_PX = 32;

const HEADINGS: Record<TableColumn, string> = {
  request: 'Request',
  stage: 'Stage',
  serviceArea: 'Service area',
  score: 'Score',
  cost: 'Cost',
  effort: 'ICT effort',
  neededBy: 'Needed by',
  risk: 'Risk',
};
/** Figures first-clicked show the highest first; words and dates the first in order. */
const FIRST_DIRECTION: Record<TableColumn, TableSort['direction']> = { request: 'ascending', stage: 'ascending', serviceArea: 'ascending', score: 'descending', cost: 'descending', effort: 'descending', neededBy: 'ascending', risk: 'descending' };
const NUMERIC: ReadonlySet<TableColumn> = new Set(['score', 'cost', 'effort']);

const useStyles = makeStyles({
  box: { overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, boxSizing: 'border-box' },
  table: { borderCollapse: 'separate', borderSpacing: 0, width: '100%', minWidth: '1100px', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    textAlign: 'left',
    padding: 0,
    whiteSpace: 'nowrap',
    height: `${TABLE_HEAD_HEIGHT_PX}px`,
    boxSizing: 'border-box',
    fontWeight: tokens.fontWeightSemibold,
  },
  sort: {
    width: '100%',
    padding: '6px 8px',
    border: 'none',
    background: 'transparent',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    textAlign: 'inherit',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  row: { height: `${TABLE_ROW_HEIGHT_PX}px` },
  cell: { padding: '0 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontWeight: 'normal', textAlign: 'left' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  open: {
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    padding: 0,
    border: 'none',
    background: 'transparent',
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    textAlign: 'left',
    ':hover': { textDecoration: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
});

const WIDTHS: Record<TableColumn, string> = { request: '34%', stage: '11%', serviceArea: '13%', score: '7%', cost: '10%', effort: '9%', neededBy: '9%', risk: '7%' };

/**
 * The same requests as the board, as a table: a real <table> with column headers that sort (click
 * or Enter; again for the other way; `aria-sort` says which), the filters above applied. Only the
 * rows in view are in the page; the header stays on top. The rows are one Tab stop: the arrow keys,
 * Home, End, Page Up and Page Down move between them, Enter opens the request.
 */
export function BoardTable({ requests, riskLevels, onOpen }: { requests: RequestSummaryRecord[]; riskLevels: ReadonlyMap<string, RiskLevel>; onOpen: (id: string) => void }) {
  const styles = useStyles();
  const [sort, setSort] = useState<TableSort | undefined>(undefined);
  const rows = useMemo(() => (sort ? sortBoardTable(requests, sort, riskLevels) : requests), [requests, sort, riskLevels]);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const height = useFillViewportHeight(box);
  const { boxRef, window: visible, scrollToRow } = useWindowedRows(rows.length, TABLE_ROW_HEIGHT_PX, TABLE_HEAD_HEIGHT_PX);
  const [active, setActive] = useState(0);
  const activeRow = Math.max(0, Math.min(rows.length - 1, active));
  const focusWhenRendered = useFocusWhenRendered(box);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const from = (event.target as HTMLElement).dataset.row;
    if (from === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = moveRovingPosition({ column: 0, row: Number(from) }, event.key, [rows.length]);
    if (!next) return;
    event.preventDefault();
    setActive(next.row);
    scrollToRow(next.row);
    focusWhenRendered(`[data-row="${next.row}"]`);
  };

  const sortBy = (column: TableColumn) =>
    setSort((current) => (current?.column === column ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { column, direction: FIRST_DIRECTION[column] }));

  // The row holding the Tab stop stays in the page even when scrolled away (placed beside the
  // window, out of sight in the overscan), so Tab always finds the rows.
  const shown: number[] = [];
  for (let row = visible.start; row < visible.end; row += 1) shown.push(row);
  if (rows.length > 0 && (activeRow < visible.start || activeRow >= visible.end)) shown.push(activeRow);
  shown.sort((a, b) => a - b);

  return (
    <div
      ref={(element) => {
        setBox(element);
        boxRef(element);
      }}
      className={styles.box}
      style={height ? { height } : undefined}
      data-testid="board-table"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const row = event.target.dataset.row;
        if (row === undefined) return;
        setActive(Number(row));
        // Tabbing back to a row scrolled far away: bring it into view in its place.
        if (Number(row) < visible.start || Number(row) >= visible.end) scrollToRow(Number(row));
      }}
    >
      <table className={styles.table} aria-rowcount={rows.length + 1}>
        <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>
          {`Requests as a table${sort ? `, sorted by ${HEADINGS[sort.column].toLowerCase()}, ${sort.direction}` : ''}`}
        </caption>
        <colgroup>
          {(Object.keys(HEADINGS) as TableColumn[]).map((column) => (
            <col key={column} style={{ width: WIDTHS[column] }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {(Object.keys(HEADINGS) as TableColumn[]).map((column) => (
              <th key={column} scope="col" className={styles.head} style={NUMERIC.has(column) ? { textAlign: 'right' } : undefined} aria-sort={sort?.column === column ? sort.direction : undefined}>
                <button type="button" className={styles.sort} onClick={() => sortBy(column)}>
                  {HEADINGS[column]}
                  <span aria-hidden="true">{sort?.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* Space for the rows above and below the window, so the scroll bar tells the truth. */}
          {visible.start > 0 && <tr aria-hidden="true" style={{ height: visible.start * TABLE_ROW_HEIGHT_PX }} />}
          {shown.map((row) => {
            const request = rows[row]!;
            const risk = riskLevels.get(request.id);
            return (
              <tr key={request.id} className={styles.row} aria-rowindex={row + 2} data-request-id={request.id}>
                <th scope="row" className={styles.cell}>
                  <button type="button" className={styles.open} data-opens={request.id} data-row={row} tabIndex={row === activeRow ? 0 : -1} onClick={() => onOpen(request.id)}>
                    {request.id} {request.title}
                  </button>
                </th>
                <td className={styles.cell}>{STAGE_LABELS[request.stage]}</td>
                <td className={styles.cell}>{request.serviceArea}</td>
                <td className={`${styles.cell} ${styles.number}`}>{request.score ? request.score.total : 'Not scored'}</td>
                <td className={`${styles.cell} ${styles.number}`}>{formatPounds(totalCost(request))}</td>
                <td className={`${styles.cell} ${styles.number}`}>{formatDays(request.ictEffortDays)}</td>
                <td className={styles.cell}>{formatDate(request.neededBy)}</td>
                <td className={styles.cell}>{risk ? RISK_LEVEL_LABELS[risk] : 'None'}</td>
              </tr>
            );
          })}
          {visible.end < rows.length && <tr aria-hidden="true" style={{ height: (rows.length - visible.end) * TABLE_ROW_HEIGHT_PX }} />}
        </tbody>
      </table>
    </div>
  );
}
