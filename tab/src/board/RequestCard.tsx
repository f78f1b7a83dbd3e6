import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { totalCost } from '@entrance-hall/shared/domain/requests/project-request';
import { RISK_LEVEL_LABELS, type RiskLevel } from '@entrance-hall/shared/domain/risks/risk';
import { memo } from 'react';
import type { RequestSummaryRecord } from '../api/api-types';
import { formatDays, formatPounds } from '../common/format';

/** A card's height on the board, its gap included: fixed, so a column of a thousand can be windowed. */
export const CARD_ROW_HEIGHT_PX = 96;

const useStyles = makeStyles({
  card: {
    boxSizing: 'border-box',
    height: `${CARD_ROW_HEIGHT_PX - 8}px`,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px 8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    fontSize: tokens.fontSizeBase200,
    lineHeight: '16px',
  },
  open: {
    backgroundColor: 'transparent',
    borderTopStyle: 'none',
    borderRightStyle: 'none',
    borderBottomStyle: 'none',
    borderLeftStyle: 'none',
    padding: 0,
    margin: 0,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: '18px',
    textAlign: 'left',
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    // Two lines at most: the whole title is the button's name, the table and the detail panel.
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    ':hover': { textDecoration: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  title: { margin: 0, fontSize: 'inherit', minHeight: 0 },
  line: { display: 'flex', justifyContent: 'space-between', gap: '6px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  risk: { fontWeight: tokens.fontWeightSemibold, padding: '0 6px', borderRadius: tokens.borderRadiusCircular, border: `1px solid ${tokens.colorNeutralStroke1}` },
  high: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  medium: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorNeutralForeground1, border: `1px solid ${tokens.colorPaletteYellowBorder1}` },
  low: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, border: `1px solid ${tokens.colorPaletteGreenBorder1}` },
});

/** "£53,000 · 40 days of ICT", saying which is not known yet rather than a bare "Not known". */
function describeCostAndEffort(request: RequestSummaryRecord): string {
  const cost = totalCost(request);
  return `${cost === undefined ? 'Cost not known' : formatPounds(cost)} · ${request.ictEffortDays === undefined ? 'effort not known' : `${formatDays(request.ictEffortDays)} of ICT`}`;
}

/**
 * One request on the board, compact: reference and title (which open the detail panel), cost and
 * ICT effort, score and the highest open risk in words. Themes, service area and dates are in the
 * table view and the detail panel. `focusable` makes it its column's one Tab stop.
 */
export const RequestCard = memo(function RequestCard({ request, riskLevel, focusable, position, onOpen }: { request: RequestSummaryRecord; riskLevel: RiskLevel | undefined; focusable: boolean; position: string; onOpen: (id: string) => void }) {
  const styles = useStyles();
  return (
    <article className={styles.card} aria-labelledby={`card-${request.id}`} data-request-id={request.id}>
      <h3 className={styles.title}>
        <button type="button" id={`card-${request.id}`} data-opens={request.id} data-position={position} tabIndex={focusable ? 0 : -1} className={styles.open} onClick={() => onOpen(request.id)}>
          {request.id} {request.title}
        </button>
      </h3>
      <span className={styles.line}>{describeCostAndEffort(request)}</span>
      <span className={styles.line}>
        <span>{request.score ? `Score ${request.score.total}` : 'Not scored'}</span>
        {/* A plain span rather than a Fluent Badge: a board holds a thousand of these. */}
        <span className={mergeClasses(styles.risk, riskLevel && styles[riskLevel])}>{riskLevel ? `${RISK_LEVEL_LABELS[riskLevel]} risk` : 'No risks'}</span>
      </span>
    </article>
  );
});
