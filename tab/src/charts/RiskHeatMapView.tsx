import { Body1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { binRiskHeatMap } from '@entrance-hall/shared/browser/board/bin-risk-heat-map';
import { RISK_LEVEL_LABELS, sortRisksBySeverity, type RiskLevel } from '@entrance-hall/shared/domain/risks/risk';
import { useMemo } from 'react';
import type { usePortfolio } from '../board/use-portfolio';
import { LoadFailure } from '../common/LoadFailure';
import { useChartStyles } from './chart-styles';

/** Fixed light fills with dark text (at least 4.5:1 in every theme), the level also in words. */
const LEVEL_COLOURS: Record<RiskLevel, { background: string; color: string }> = {
  low: { background: '#C6EFCE', color: '#004D1A' },
  medium: { background: '#FFE699', color: '#5C3B00' },
  high: { background: '#F4B6B6', color: '#7A0000' },
};

const useStyles = makeStyles({
  grid: { borderCollapse: 'collapse', margin: '8px 0 16px 0' },
  cell: { border: `2px solid ${tokens.colorNeutralBackground1}`, width: '120px', height: '72px', verticalAlign: 'top', padding: '6px', fontSize: tokens.fontSizeBase200 },
  axis: { padding: '6px', fontWeight: tokens.fontWeightSemibold, textAlign: 'center' },
});

/** The risk heat map: open risks binned by likelihood × impact, as a table a screen reader can walk. */
export function RiskHeatMapView({ portfolio }: { portfolio: ReturnType<typeof usePortfolio> }) {
  const styles = useStyles();
  const chart = useChartStyles();
  const risks = portfolio.state.status === 'loading' ? undefined : portfolio.state.data?.risks;
  const map = useMemo(() => binRiskHeatMap(risks ?? []), [risks]);
  const sorted = useMemo(() => sortRisksBySeverity((risks ?? []).filter((risk) => risk.status === 'open')), [risks]);
  if (portfolio.state.status === 'loading') return <Spinner label="Loading risks…" />;
  if (portfolio.state.status === 'failed' && !risks) return <LoadFailure error={portfolio.state.error} what="the risks" onRetry={() => void portfolio.reload()} />;
  return (
    <div data-testid="risk-view">
      <Body1 as="p" block>{`${map.openCount} open ${map.openCount === 1 ? 'risk' : 'risks'} on the matrix${map.closedCount > 0 ? `; ${map.closedCount} closed not shown` : ''}. Scores: 1–4 low, 5–12 medium, 15–25 high.`}</Body1>
      <table className={styles.grid}>
        <caption className={chart.caption}>Risk heat map: impact (rows) by likelihood (columns)</caption>
        <thead>
          <tr>
            <td />
            {[1, 2, 3, 4, 5].map((likelihood) => (
              <th key={likelihood} scope="col" className={styles.axis}>{`Likelihood ${likelihood}`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((row) => (
            <tr key={row[0]!.impact}>
              <th scope="row" className={styles.axis}>{`Impact ${row[0]!.impact}`}</th>
              {row.map((cell) => (
                <td key={cell.likelihood} className={styles.cell} style={LEVEL_COLOURS[cell.level]} data-cell={`${cell.likelihood}x${cell.impact}`}>
                  <div>
                    <strong>{`${RISK_LEVEL_LABELS[cell.level]} (${cell.score})`}</strong>
                  </div>
                  <div>{cell.risks.length === 0 ? 'No risks' : `${cell.risks.length} ${cell.risks.length === 1 ? 'risk' : 'risks'}: ${cell.risks.map((risk) => risk.requestId ?? 'strategy').join(', ')}`}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className={chart.caption}>Open risks, most severe first</h2>
      <ol>
        {sorted.map((risk) => (
          <li key={risk.id}>
            <strong>{`${RISK_LEVEL_LABELS[risk.level]} ${risk.score}`}</strong>
            {` (likelihood ${risk.likelihood}, impact ${risk.impact}): ${risk.title}${risk.requestId ? ` – ${risk.requestId}` : ' – the strategy'}. Owner ${risk.owner}.`}
          </li>
        ))}
      </ol>
    </div>
  );
}
