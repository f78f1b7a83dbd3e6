import { Body1 } from '@fluentui/react-components';
import { binValueAgainstEffort } from '@entrance-hall/shared/browser/board/bin-value-against-effort';
import { QUADRANT_LABELS, type ValueEffortMatrix, type ValueEffortQuadrant } from '@entrance-hall/shared/browser/board/place-value-against-effort';
import { useMemo } from 'react';
import { formatDays, formatNumber } from '../common/format';
import { CHART_COLOURS, useChartStyles } from './chart-styles';

const QUADRANT_ORDER: ValueEffortQuadrant[] = ['quick_win', 'major_project', 'fill_in', 'question'];
const requestsWord = (count: number) => `${formatNumber(count)} ${count === 1 ? 'request' : 'requests'}`;

/**
 * Value against effort for a large portfolio: requests counted in a grid of value bands by effort
 * bands, each cell a square whose area grows with its count and the count written in it, the
 * quadrant split drawn over it; then how many fall in each quadrant, and the grid as a table.
 */
export function BinnedValueEffort({ matrix }: { matrix: ValueEffortMatrix }) {
  const styles = useChartStyles();
  const grid = useMemo(() => binValueAgainstEffort(matrix.points, matrix.maxEffortDays), [matrix]);
  const width = 680;
  const height = 440;
  const left = 110;
  const top = 20;
  const bottom = 60;
  const cellWidth = (width - left - 20) / grid.effortBands.length;
  const cellHeight = (height - top - bottom) / grid.valueBands.length;
  const effortMax = grid.effortBands.at(-1)!.to + 1;
  const effortLine = left + (matrix.effortThreshold / effortMax) * cellWidth * grid.effortBands.length;
  const valueLine = top + ((100 - matrix.valueThreshold) / 100) * cellHeight * grid.valueBands.length;
  const bandLabel = (band: { from: number; to: number }) => `${band.from}–${band.to}`;
  return (
    <div data-testid="value-effort-view">
      <Body1 as="p" block>
        {`${requestsWord(matrix.points.length)} with a score, counted by value (score out of 100, up) and ICT effort (days, right): the bigger the square, the more requests. Value splits at ${matrix.valueThreshold}; effort at the portfolio's median, ${formatDays(matrix.effortThreshold)}.`}
      </Body1>
      <figure className={styles.figure} aria-labelledby="matrix-caption">
        <figcaption id="matrix-caption" className={styles.caption}>
          Value against effort, counted
        </figcaption>
        <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="matrix-svg-title matrix-svg-desc">
          <title id="matrix-svg-title">Value against effort of open requests</title>
          <desc id="matrix-svg-desc">{QUADRANT_ORDER.map((quadrant) => `${QUADRANT_LABELS[quadrant]}: ${requestsWord(grid.quadrantCounts[quadrant])}`).join('. ')}</desc>
          {grid.bins.map((row, rowIndex) =>
            row.map((bin, columnIndex) => {
              const x = left + columnIndex * cellWidth;
              const y = top + rowIndex * cellHeight;
              const side = bin.count === 0 ? 0 : Math.max(6, Math.sqrt(bin.count / Math.max(1, grid.largestCount)) * (Math.min(cellWidth, cellHeight) - 8));
              return (
                <g key={`${rowIndex}-${columnIndex}`}>
                  <rect x={x} y={y} width={cellWidth} height={cellHeight} style={{ fill: 'none', stroke: CHART_COLOURS.grid }} />
                  {side > 0 && <rect x={x + (cellWidth - side) / 2} y={y + (cellHeight - side) / 2} width={side} height={side} style={{ fill: CHART_COLOURS.proposed, stroke: CHART_COLOURS.proposedStroke }} />}
                  <text x={x + 4} y={y + 14} style={{ fill: CHART_COLOURS.text, fontSize: 12, fontWeight: 600 }}>
                    {bin.count > 0 ? formatNumber(bin.count) : ''}
                  </text>
                </g>
              );
            }),
          )}
          <line x1={effortLine} x2={effortLine} y1={top} y2={height - bottom} style={{ stroke: CHART_COLOURS.capacity, strokeDasharray: '6 4', strokeWidth: 2 }} />
          <line x1={left} x2={width - 20} y1={valueLine} y2={valueLine} style={{ stroke: CHART_COLOURS.capacity, strokeDasharray: '6 4', strokeWidth: 2 }} />
          {grid.valueBands.map((band, index) => (
            <text key={band.from} x={left - 8} y={top + index * cellHeight + cellHeight / 2 + 4} textAnchor="end" style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
              {`score ${bandLabel(band)}`}
            </text>
          ))}
          {grid.effortBands.map((band, index) => (
            <text key={band.from} x={left + index * cellWidth + cellWidth / 2} y={height - bottom + 18} textAnchor="middle" style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
              {bandLabel(band)}
            </text>
          ))}
          <text x={left + (width - left - 20) / 2} y={height - 14} textAnchor="middle" style={{ fill: CHART_COLOURS.text, fontSize: 13 }}>
            ICT effort (days)
          </text>
        </svg>
      </figure>
      <table className={styles.table}>
        <caption className={styles.caption}>Requests in each quadrant</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>Where it sits</th>
            <th scope="col" className={styles.cell}>Requests</th>
          </tr>
        </thead>
        <tbody>
          {QUADRANT_ORDER.map((quadrant) => (
            <tr key={quadrant}>
              <th scope="row" className={styles.cell}>{QUADRANT_LABELS[quadrant]}</th>
              <td className={styles.cell}>{formatNumber(grid.quadrantCounts[quadrant])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={styles.table}>
        <caption className={styles.caption}>Requests by value and ICT effort</caption>
        <thead>
          <tr>
            <td className={styles.cell} />
            {grid.effortBands.map((band) => (
              <th key={band.from} scope="col" className={styles.cell}>{`${bandLabel(band)} days`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.bins.map((row, rowIndex) => (
            <tr key={grid.valueBands[rowIndex]!.from}>
              <th scope="row" className={styles.cell}>{`Score ${bandLabel(grid.valueBands[rowIndex]!)}`}</th>
              {row.map((bin) => (
                <td key={bin.effortFrom} className={styles.cell}>
                  {formatNumber(bin.count)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {matrix.unscored.length > 0 && (
        <p>{`${requestsWord(matrix.unscored.length)} not on the chart until ICT scores them: see the board's "Not scored" cards.`}</p>
      )}
    </div>
  );
}
