import { Body1, Spinner } from '@fluentui/react-components';
import type { QuarterDemand } from '@entrance-hall/shared/domain/capacity/capacity-demand';
import { totalCost } from '@entrance-hall/shared/domain/requests/project-request';
import type { ApiClient } from '../api/api-client';
import type { RequestSummaryRecord } from '../api/api-types';
import type { usePortfolio } from '../board/use-portfolio';
import { formatDays, formatPounds } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { useLoad } from '../common/use-load';
import { CHART_COLOURS, useChartStyles } from './chart-styles';
import { TableHead } from './TableHead';

type Measure = 'ictDays' | 'budget';

interface QuarterBar {
  label: string;
  capacity: number;
  committed: number;
  proposed: number;
  overflow: number;
  overCommitted: boolean;
  doesNotFit: RequestSummaryRecord[];
}

/** What a quarter's bar is made of, in one measure; "does not fit" adds up the requests the fitting left out. */
function toBars(quarters: readonly QuarterDemand[], requests: ReadonlyMap<string, RequestSummaryRecord>, measure: Measure): QuarterBar[] {
  return quarters.map((quarter) => {
    const doesNotFit = quarter.doesNotFit.map((id) => requests.get(id)).filter((request): request is RequestSummaryRecord => request !== undefined);
    return {
      label: quarter.quarter.label,
      capacity: quarter.capacity[measure],
      committed: quarter.committed[measure],
      proposed: quarter.proposed[measure],
      overflow: doesNotFit.reduce((sum, request) => sum + (measure === 'ictDays' ? (request.ictEffortDays ?? 0) : (totalCost(request) ?? 0)), 0),
      overCommitted: quarter.overCommitted,
      doesNotFit,
    };
  });
}

function CapacityChart({ id, title, bars, format }: { id: string; title: string; bars: QuarterBar[]; format: (value: number) => string }) {
  const styles = useChartStyles();
  const labelWidth = 190;
  const chartWidth = 620;
  const rowHeight = 44;
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.capacity, bar.committed + bar.proposed + bar.overflow)));
  const scale = (value: number) => (value / max) * chartWidth;
  const height = bars.length * rowHeight + 30;
  const summary = bars
    .map((bar) => `${bar.label}: capacity ${format(bar.capacity)}, committed ${format(bar.committed)}, proposed that fits ${format(bar.proposed)}${bar.overflow > 0 ? `, does not fit ${format(bar.overflow)}` : ''}`)
    .join('; ');
  return (
    <figure className={styles.figure} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={styles.caption}>
        {title}
      </figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${labelWidth + chartWidth + 20} ${height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`}>
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{summary}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" style={{ fill: CHART_COLOURS.overflow }} />
            <line x1="0" y1="0" x2="0" y2="8" style={{ stroke: CHART_COLOURS.text, strokeWidth: 2 }} />
          </pattern>
        </defs>
        {bars.map((bar, index) => {
          const y = index * rowHeight + 8;
          const committedWidth = scale(bar.committed);
          const proposedWidth = scale(bar.proposed);
          return (
            <g key={bar.label}>
              <text x={0} y={y + 18} style={{ fill: CHART_COLOURS.text, fontSize: 13 }}>
                {bar.label}
              </text>
              <rect x={labelWidth} y={y} width={committedWidth} height={26} style={{ fill: CHART_COLOURS.committed }} />
              <rect x={labelWidth + committedWidth} y={y} width={proposedWidth} height={26} style={{ fill: CHART_COLOURS.proposed, stroke: CHART_COLOURS.proposedStroke }} />
              <rect x={labelWidth + committedWidth + proposedWidth} y={y} width={scale(bar.overflow)} height={26} style={{ fill: `url(#${id}-hatch)` }} />
              <line x1={labelWidth + scale(bar.capacity)} x2={labelWidth + scale(bar.capacity)} y1={y - 4} y2={y + 30} style={{ stroke: CHART_COLOURS.capacity, strokeWidth: 3, strokeDasharray: '4 2' }} />
            </g>
          );
        })}
        <line x1={labelWidth} x2={labelWidth} y1={0} y2={height - 20} style={{ stroke: CHART_COLOURS.axis }} />
        <text x={labelWidth} y={height - 4} style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
          0
        </text>
        <text x={labelWidth + chartWidth} y={height - 4} textAnchor="end" style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
          {format(max)}
        </text>
      </svg>
      <ul className={styles.legend} aria-label="Key">
        <li>
          <span className={styles.swatch} style={{ background: CHART_COLOURS.committed }} />
          Committed (approved, in delivery)
        </li>
        <li>
          <span className={styles.swatch} style={{ background: CHART_COLOURS.proposed }} />
          Proposed that fits
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 6 }}>
            <rect width="14" height="14" style={{ fill: `url(#${id}-hatch)` }} />
          </svg>
          Proposed that does not fit (hatched)
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 6 }}>
            <line x1="7" x2="7" y1="0" y2="14" style={{ stroke: CHART_COLOURS.capacity, strokeWidth: 3, strokeDasharray: '4 2' }} />
          </svg>
          Capacity (dashed line)
        </li>
      </ul>
      <table className={styles.table}>
        <caption className={styles.caption}>{`${title}: the figures`}</caption>
        <TableHead headings={['Quarter', 'Capacity', 'Committed', 'Proposed that fits', 'Does not fit', 'Left']} />
        <tbody>
          {bars.map((bar) => {
            const left = bar.capacity - bar.committed - bar.proposed;
            return (
              <tr key={bar.label}>
                <th scope="row" className={styles.cell}>
                  {bar.label}
                </th>
                <td className={styles.cell}>{format(bar.capacity)}</td>
                <td className={styles.cell}>{format(bar.committed)}</td>
                <td className={styles.cell}>{format(bar.proposed)}</td>
                <td className={styles.cell}>{bar.overflow > 0 ? <span className={styles.warning}>{format(bar.overflow)}</span> : format(0)}</td>
                <td className={styles.cell}>{left < 0 ? <span className={styles.warning}>{`Over by ${format(-left)}`}</span> : format(left)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}

/** Capacity against demand per quarter, in ICT days and budget, with what no longer fits highlighted. */
export function CapacityView({ api, portfolio }: { api: ApiClient; portfolio: ReturnType<typeof usePortfolio> }) {
  const styles = useChartStyles();
  const [state, reload] = useLoad((signal) => api.call('getCapacity', { signal }), [api]);
  if (state.status === 'loading') return <Spinner label="Loading capacity…" />;
  if (state.status === 'failed') return <LoadFailure error={state.error} what="capacity" onRetry={() => void reload()} />;
  const requests = new Map((portfolio.state.status === 'loading' ? [] : (portfolio.state.data?.requests ?? [])).map((request) => [request.id, request]));
  const quarters = state.data.quarters;
  const days = toBars(quarters, requests, 'ictDays');
  const budget = toBars(quarters, requests, 'budget');
  const notFitting = days.flatMap((bar) => bar.doesNotFit.map((request) => ({ quarter: bar.label, request })));
  // Proposals with a cost or effort not known are not counted as 0: say how many the figures leave out.
  const notYetEstimated = quarters.reduce((sum, quarter) => sum + (quarter.notYetEstimated?.length ?? 0), 0);
  return (
    <div data-testid="capacity-view">
      <Body1 as="p" block>
        Committed work is counted first, then proposals in score order: the weakest cases are the ones that no longer fit. A quarter&apos;s demand falls where a request was sequenced, else
        when it is needed.
      </Body1>
      {notYetEstimated > 0 && (
        <Body1 as="p" block data-testid="not-yet-estimated">
          {`${notYetEstimated} ${notYetEstimated === 1 ? 'request is' : 'requests are'} not yet estimated (cost or ICT effort not known): the demand below counts only the figures that are known.`}
        </Body1>
      )}
      <section aria-labelledby="not-fitting-heading">
        <h2 id="not-fitting-heading" className={styles.caption}>
          {notFitting.length === 0 ? 'Everything proposed fits the capacity' : `${notFitting.length} proposed ${notFitting.length === 1 ? 'request does' : 'requests do'} not fit`}
        </h2>
        {notFitting.length > 0 && (
          <ul>
            {notFitting.map(({ quarter, request }) => (
              <li key={request.id} className={styles.warning}>
                {`Does not fit in ${quarter}: ${request.id} ${request.title} (${formatDays(request.ictEffortDays)}, ${formatPounds(totalCost(request))})`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <CapacityChart id="capacity-days" title="ICT days per quarter: capacity against demand" bars={days} format={formatDays} />
      <CapacityChart id="capacity-budget" title="Budget per quarter: capacity against demand" bars={budget} format={formatPounds} />
    </div>
  );
}
