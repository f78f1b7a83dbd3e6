import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { totalCost } from '@entrance-hall/shared/domain/requests/project-request';
import type { RiskLevel } from '@entrance-hall/shared/domain/risks/risk';
import { memo } from 'react';
import type { RequestRecord } from '../api/api-types';
import { formatDate, formatDays, formatPounds } from '../common/format';
import { RISK_LEVEL_LABELS } from '@entrance-hall/shared/domain/risks/risk';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 10px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    // A board can hold a thousand cards: the browser lays out and paints only those in view.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 200px',
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
    textAlign: 'left',
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    ':hover': { textDecoration: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300 },
  area: { fontSize: tokens.fontSizeBase200 },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '8px', margin: 0, fontSize: tokens.fontSizeBase200 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  risk: { alignSelf: 'flex-start', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, padding: '0 6px', borderRadius: tokens.borderRadiusCircular, border: `1px solid ${tokens.colorNeutralStroke1}` },
  high: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  medium: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorNeutralForeground1, border: `1px solid ${tokens.colorPaletteYellowBorder1}` },
  low: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, border: `1px solid ${tokens.colorPaletteGreenBorder1}` },
});

/** One request on the board: enough to compare at a glance; the title opens the detail panel. */
export const RequestCard = memo(function RequestCard({ request, themeTitles, riskLevel, onOpen }: { request: RequestRecord; themeTitles: string; riskLevel: RiskLevel | undefined; onOpen: (id: string) => void }) {
  const styles = useStyles();
  return (
    <article className={styles.card} aria-labelledby={`card-${request.id}`} data-request-id={request.id}>
      <h3 className={styles.title}>
        <button type="button" id={`card-${request.id}`} className={styles.open} onClick={() => onOpen(request.id)}>
          {request.id} {request.title}
        </button>
      </h3>
      <span className={styles.area}>{request.serviceArea}</span>
      <dl className={styles.facts}>
        <dt className={styles.term}>Themes</dt>
        <dd className={styles.value}>{themeTitles || 'None'}</dd>
        <dt className={styles.term}>Score</dt>
        <dd className={styles.value}>{request.score ? `${request.score.total} of 100` : 'Not scored yet'}</dd>
        <dt className={styles.term}>Cost</dt>
        <dd className={styles.value}>{formatPounds(totalCost(request))}</dd>
        <dt className={styles.term}>ICT effort</dt>
        <dd className={styles.value}>{formatDays(request.ictEffortDays)}</dd>
        <dt className={styles.term}>Needed by</dt>
        <dd className={styles.value}>{formatDate(request.neededBy)}</dd>
      </dl>
      {/* A plain span rather than a Fluent Badge: a board holds a thousand of these. */}
      <span className={mergeClasses(styles.risk, riskLevel && styles[riskLevel])}>{riskLevel ? `${RISK_LEVEL_LABELS[riskLevel]} risk` : 'No risks recorded'}</span>
    </article>
  );
});
