import { Body1, Spinner } from '@fluentui/react-components';
import { placeValueAgainstEffort, QUADRANT_LABELS, type ValueEffortQuadrant } from '@entrance-hall/shared/browser/board/place-value-against-effort';
import { BinnedValueEffort } from './BinnedValueEffort';
import { useMemo } from 'react';
import type { usePortfolio } from '../board/use-portfolio';
import { formatDays } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { CHART_COLOURS, useChartStyles } from './chart-styles';
import { TableHead } from './TableHead';

const QUADRANT_ORDER: ValueEffortQuadrant[] = ['quick_win', 'major_project', 'fill_in', 'question'];
/** Up to this many requests each gets its numbered dot; more are counted in bands (a thousand dots overlap). */
export const MAX_DOTS = 40;

/** Open requests by value (score) against ICT effort, numbered dots with a table giving each in words. */
export function ValueEffortView({ portfolio }: { portfolio: ReturnType<typeof usePortfolio> }) {
  const styles = useChartStyles();
  const requests = portfolio.state.status === 'loading' ? undefined : portfolio.state.data?.requests;
  const matrix = useMemo(() => placeValueAgainstEffort(requests ?? []), [requests]);
  if (portfolio.state.status === 'loading') return <Spinner label="Loading the portfolio…" />;
  if (portfolio.state.status === 'failed' && !requests) return <LoadFailure error={portfolio.state.error} what="the portfolio" onRetry={() => void portfolio.reload()} />;
  const width = 640;
  const height = 420;
  const pad = 50;
  const x = (fraction: number) => pad + fraction * (width - pad - 20);
  const y = (fraction: number) => height - pad - fraction * (height - pad - 20);
  const effortLine = x(matrix.effortThreshold / matrix.maxEffortDays);
  const valueLine = y(matrix.valueThreshold / 100);
  if (matrix.points.length > MAX_DOTS) return <BinnedValueEffort matrix={matrix} />;
  return (
    <div data-testid="value-effort-view">
      <Body1 as="p" block>
        {`Open requests with a score, placed by value (score out of 100, up) against ICT effort (days, right). Value splits at ${matrix.valueThreshold}; effort at the portfolio's median, ${formatDays(matrix.effortThreshold)}.`}
      </Body1>
      <figure className={styles.figure} aria-labelledby="matrix-caption">
        <figcaption id="matrix-caption" className={styles.caption}>
          Value against effort
        </figcaption>
        <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="matrix-svg-title matrix-svg-desc">
          <title id="matrix-svg-title">Value against effort of open requests</title>
          <desc id="matrix-svg-desc">
            {QUADRANT_ORDER.map((quadrant) => `${QUADRANT_LABELS[quadrant]}: ${matrix.points.filter((point) => point.quadrant === quadrant).map((point) => point.id).join(', ') || 'none'}`).join('. ')}
          </desc>
          <rect x={pad} y={20} width={width - pad - 20} height={height - pad - 20} style={{ fill: 'none', stroke: CHART_COLOURS.axis }} />
          <line x1={effortLine} x2={effortLine} y1={20} y2={height - pad} style={{ stroke: CHART_COLOURS.grid, strokeDasharray: '6 4' }} />
          <line x1={pad} x2={width - 20} y1={valueLine} y2={valueLine} style={{ stroke: CHART_COLOURS.grid, strokeDasharray: '6 4' }} />
          <text x={pad + 6} y={36} style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
            Quick wins
          </text>
          <text x={width - 26} y={36} textAnchor="end" style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
            Major projects
          </text>
          <text x={pad + 6} y={height - pad - 8} style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
            Fill-ins
          </text>
          <text x={width - 26} y={height - pad - 8} textAnchor="end" style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
            Question these
          </text>
          <text x={width / 2} y={height - 12} textAnchor="middle" style={{ fill: CHART_COLOURS.text, fontSize: 13 }}>
            {`ICT effort (0 to ${formatDays(matrix.maxEffortDays)})`}
          </text>
          <text x={16} y={height / 2} textAnchor="middle" transform={`rotate(-90 16 ${height / 2})`} style={{ fill: CHART_COLOURS.text, fontSize: 13 }}>
            Value (score 0 to 100)
          </text>
          {matrix.points.map((point, index) => (
            <g key={point.id}>
              <circle cx={x(point.x)} cy={y(point.y)} r={11} style={{ fill: CHART_COLOURS.committed, stroke: CHART_COLOURS.text }} />
              <text x={x(point.x)} y={y(point.y) + 4} textAnchor="middle" style={{ fill: 'var(--colorNeutralForegroundOnBrand)', fontSize: 11, fontWeight: 600 }}>
                {index + 1}
              </text>
            </g>
          ))}
        </svg>
      </figure>
      <table className={styles.table}>
        <caption className={styles.caption}>Each request on the matrix</caption>
        <TableHead headings={['Dot', 'Request', 'Value', 'ICT effort', 'Where it sits']} />
        <tbody>
          {matrix.points.map((point, index) => (
            <tr key={point.id}>
              <td className={styles.cell}>{index + 1}</td>
              <th scope="row" className={styles.cell}>{`${point.id} ${point.title}`}</th>
              <td className={styles.cell}>{point.value}</td>
              <td className={styles.cell}>{formatDays(point.effortDays)}</td>
              <td className={styles.cell}>{QUADRANT_LABELS[point.quadrant]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {matrix.unscored.length > 0 && (
        <section aria-labelledby="unscored-heading">
          <h2 id="unscored-heading" className={styles.caption}>{`Not on the matrix until ICT scores them (${matrix.unscored.length})`}</h2>
          <ul>
            {matrix.unscored.map((request) => (
              <li key={request.id}>{`${request.id} ${request.title}`}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
