import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { BoardColumn } from '@entrance-hall/shared/browser/board/build-board-columns';
import type { RiskLevel } from '@entrance-hall/shared/domain/risks/risk';
import type { Stage } from '@entrance-hall/shared/domain/requests/stage';
import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { RequestSummaryRecord } from '../api/api-types';
import { formatDays, formatNumber, formatPounds } from '../common/format';
import { CARD_ROW_HEIGHT_PX, RequestCard } from './RequestCard';
import { moveRovingPosition, type RovingPosition } from './roving-position';
import { useFillViewportHeight } from './use-fill-viewport-height';
import { useFocusWhenRendered } from './use-focus-when-rendered';
import { useWindowedRows } from './use-windowed-rows';

const useStyles = makeStyles({
  // The board scrolls sideways inside a box that ends at the bottom of the window, so its
  // horizontal scroll bar is always on screen; each column scrolls its own cards.
  columns: { display: 'flex', gap: '10px', overflowX: 'auto', overflowY: 'hidden', alignItems: 'stretch', paddingBottom: '4px', boxSizing: 'border-box' },
  column: {
    flex: '0 0 250px',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusLarge,
    padding: '8px 6px 0 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: '0 0 2px 0', fontSize: tokens.fontSizeBase400 },
  totals: { display: 'block', marginBottom: '6px', color: tokens.colorNeutralForeground2 },
  scroller: { flex: '1 1 0', minHeight: 0, overflowY: 'auto', paddingRight: '4px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, position: 'relative' },
  item: { position: 'absolute', left: 0, right: 0 },
});

interface ColumnsProps {
  columns: BoardColumn<RequestSummaryRecord>[];
  riskLevels: ReadonlyMap<string, RiskLevel>;
  onOpen: (id: string) => void;
}

/**
 * The board's stage columns. Only the cards in view are in the page (a column of a thousand
 * renders a dozen), each column is one Tab stop, and the arrow keys move between cards: up and
 * down within a column, left and right across columns; Home, End, Page Up and Page Down too.
 */
export function BoardColumns({ columns, riskLevels, onOpen }: ColumnsProps) {
  const styles = useStyles();
  const [board, setBoard] = useState<HTMLDivElement | null>(null);
  const height = useFillViewportHeight(board);
  const [activeRows, setActiveRows] = useState<Partial<Record<Stage, number>>>({});
  const scrollers = useRef(new Map<Stage, (row: number) => void>());
  const focusWhenRendered = useFocusWhenRendered(board);
  const lengths = columns.map((column) => column.requests.length);
  const activeRow = (index: number) => Math.max(0, Math.min(lengths[index]! - 1, activeRows[columns[index]!.stage] ?? 0));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const from = (event.target as HTMLElement).dataset.position;
    if (!from || event.altKey || event.ctrlKey || event.metaKey) return;
    const [column, row] = from.split(':').map(Number) as [number, number];
    const next = moveRovingPosition({ column, row }, event.key, lengths);
    if (!next) return;
    event.preventDefault();
    focusCard(next);
  };

  const focusCard = (position: RovingPosition) => {
    const stage = columns[position.column]!.stage;
    setActiveRows((previous) => ({ ...previous, [stage]: position.row }));
    scrollers.current.get(stage)?.(position.row);
    focusWhenRendered(`[data-position="${position.column}:${position.row}"]`);
  };

  // A card focused by mouse or by returning from the detail panel becomes its column's Tab stop.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const at = event.target.dataset.position;
    if (!at) return;
    const [column, row] = at.split(':').map(Number) as [number, number];
    const stage = columns[column]?.stage;
    if (stage && activeRows[stage] !== row) setActiveRows((previous) => ({ ...previous, [stage]: row }));
  };

  return (
    <div ref={setBoard} className={styles.columns} style={height ? { height } : undefined} data-testid="board" onKeyDown={onKeyDown} onFocus={onFocus}>
      {columns.map((column, index) => (
        <StageColumn
          key={column.stage}
          column={column}
          columnIndex={index}
          activeRow={activeRow(index)}
          riskLevels={riskLevels}
          onOpen={onOpen}
          registerScroller={(scrollToRow) => scrollers.current.set(column.stage, scrollToRow)}
        />
      ))}
    </div>
  );
}

function StageColumn(props: {
  column: BoardColumn<RequestSummaryRecord>;
  columnIndex: number;
  activeRow: number;
  riskLevels: ReadonlyMap<string, RiskLevel>;
  onOpen: (id: string) => void;
  registerScroller: (scrollToRow: (row: number) => void) => void;
}) {
  const { column, columnIndex, activeRow, riskLevels, onOpen, registerScroller } = props;
  const styles = useStyles();
  const { boxRef, window: visible, scrollToRow } = useWindowedRows(column.requests.length, CARD_ROW_HEIGHT_PX);
  registerScroller(scrollToRow);
  // The column's Tab stop is always in the page, even scrolled out of view.
  const rows = [];
  for (let row = visible.start; row < visible.end; row += 1) rows.push(row);
  if (column.requests.length > 0 && (activeRow < visible.start || activeRow >= visible.end)) rows.push(activeRow);
  return (
    <section className={styles.column} aria-labelledby={`column-${column.stage}`} data-stage={column.stage}>
      <h2 id={`column-${column.stage}`} className={styles.heading}>
        {column.label} ({formatNumber(column.count)})
      </h2>
      <Caption1 className={styles.totals}>
        {formatPounds(column.totalCost)} · {formatDays(column.totalIctDays)} of ICT effort
        {column.notYetEstimated > 0 ? ` · ${formatNumber(column.notYetEstimated)} not yet estimated` : ''}
      </Caption1>
      <div ref={boxRef} className={styles.scroller}>
        <ul className={styles.list} style={{ height: column.requests.length * CARD_ROW_HEIGHT_PX }} aria-label={`${column.label}: ${formatNumber(column.count)} ${column.count === 1 ? 'request' : 'requests'}`}>
          {rows.map((row) => {
            const request = column.requests[row]!;
            return (
              <li key={request.id} className={styles.item} style={{ top: row * CARD_ROW_HEIGHT_PX }} aria-setsize={column.requests.length} aria-posinset={row + 1}>
                <RequestCard request={request} riskLevel={riskLevels.get(request.id)} focusable={row === activeRow} position={`${columnIndex}:${row}`} onOpen={onOpen} />
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
