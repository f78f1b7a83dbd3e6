import { Body1, Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { DISPOSITIONS, DISPOSITION_IDS, type Disposition } from '@entrance-hall/shared/domain/estate/application';
import { CONTRACT_HORIZON_MONTHS, RATIONALISATION_STATUS_LABELS, expectedCount, type EstateSummary } from '@entrance-hall/shared/domain/estate/summarise-estate';
import type { ApiClient } from '../api/api-client';
import type { Me } from '../api/api-types';
import { hasPermission } from '../common/permissions';
import { ApplicationForm, type ApplicationRecord } from './ApplicationForm';
import { ApplicationRegister } from './ApplicationRegister';
import { EstateTargetForm } from './EstateTargetForm';
import { TableHead } from '../charts/TableHead';
import { CHART_COLOURS, useChartStyles } from '../charts/chart-styles';
import { formatDate, formatPounds } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { useLoad } from '../common/use-load';

/** Each disposition's fill, by Fluent token so it follows the Teams theme; the key and the table say it in words. */
const DISPOSITION_FILLS: Record<Disposition, string> = {
  tolerate: tokens.colorNeutralBackground5,
  invest: tokens.colorBrandBackground,
  migrate: tokens.colorPaletteMarigoldBackground3,
  eliminate: tokens.colorPaletteRedBackground3,
};

function CountOverTime({ summary }: { summary: EstateSummary }) {
  const styles = useChartStyles();
  const { series, target } = summary;
  const width = 760;
  const height = 240;
  const left = 50;
  const bottom = 30;
  const days = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const first = days(series[0]!.date);
  const last = Math.max(days(target?.targetDate ?? series[series.length - 1]!.date), first + 1);
  const max = Math.max(1, ...series.map((point) => point.count), target?.baselineCount ?? 0);
  const x = (day: string) => left + ((days(day) - first) / (last - first)) * (width - left - 10);
  const y = (count: number) => height - bottom - (count / max) * (height - bottom - 10);
  const line = series.map((point) => `${x(point.date)},${y(point.count)}`).join(' ');
  const title = 'Applications in the estate over time, against the target';
  const description = `${series.map((point) => `${formatDate(point.date)}: ${point.count}`).join('; ')}.${target ? ` Target ${target.targetCount} by ${formatDate(target.targetDate)}.` : ''}`;
  return (
    <figure className={styles.figure} aria-labelledby="estate-count-caption">
      <figcaption id="estate-count-caption" className={styles.caption}>
        {title}
      </figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="estate-count-title estate-count-desc">
        <title id="estate-count-title">{title}</title>
        <desc id="estate-count-desc">{description}</desc>
        <line x1={left} x2={left} y1={0} y2={height - bottom} style={{ stroke: CHART_COLOURS.axis }} />
        <line x1={left} x2={width} y1={height - bottom} y2={height - bottom} style={{ stroke: CHART_COLOURS.axis }} />
        <text x={left - 6} y={y(max) + 4} textAnchor="end" style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
          {max}
        </text>
        <text x={left - 6} y={height - bottom} textAnchor="end" style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
          0
        </text>
        {target && (
          <line
            x1={x(target.baselineDate)}
            y1={y(target.baselineCount)}
            x2={x(target.targetDate)}
            y2={y(target.targetCount)}
            style={{ stroke: CHART_COLOURS.capacity, strokeWidth: 2, strokeDasharray: '6 4' }}
          />
        )}
        <polyline points={line} style={{ fill: 'none', stroke: CHART_COLOURS.committed, strokeWidth: 3 }} />
        {series.map((point) => (
          <circle key={point.date} cx={x(point.date)} cy={y(point.count)} r={4} style={{ fill: CHART_COLOURS.committed }} />
        ))}
        <text x={left} y={height - 8} style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
          {formatDate(series[0]!.date)}
        </text>
        <text x={width - 10} y={height - 8} textAnchor="end" style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
          {formatDate(target?.targetDate ?? series[series.length - 1]!.date)}
        </text>
      </svg>
      <ul className={styles.legend} aria-label="Key">
        <li>
          <span className={styles.swatch} style={{ background: CHART_COLOURS.committed }} />
          Applications counted (solid line)
        </li>
        {target && (
          <li>
            <svg width="14" height="14" aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 6 }}>
              <line x1="0" x2="14" y1="7" y2="7" style={{ stroke: CHART_COLOURS.capacity, strokeWidth: 2, strokeDasharray: '4 2' }} />
            </svg>
            Plan from baseline to target (dashed line)
          </li>
        )}
      </ul>
      <table className={styles.table}>
        <caption className={styles.caption}>{`${title}: the figures`}</caption>
        <TableHead headings={target ? ['Date', 'Applications', 'Plan'] : ['Date', 'Applications']} />
        <tbody>
          {series.map((point) => (
            <tr key={point.date}>
              <th scope="row" className={styles.cell}>
                {formatDate(point.date)}
              </th>
              <td className={styles.cell}>{point.count}</td>
              {target && <td className={styles.cell}>{expectedCount(target, point.date)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function ByCapability({ summary }: { summary: EstateSummary }) {
  const styles = useChartStyles();
  const rows = summary.byCapability;
  const labelWidth = 250;
  const chartWidth = 500;
  const rowHeight = 30;
  const max = Math.max(1, ...rows.map((row) => row.total));
  const scale = (value: number) => (value / max) * chartWidth;
  const title = 'The estate by capability and disposition';
  const description = rows.map((row) => `${row.label}: ${row.total} (${DISPOSITION_IDS.map((disposition) => `${DISPOSITIONS[disposition].toLowerCase()} ${row.byDisposition[disposition]}`).join(', ')})`).join('; ');
  return (
    <figure className={styles.figure} aria-labelledby="estate-capability-caption">
      <figcaption id="estate-capability-caption" className={styles.caption}>
        {title}
      </figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${labelWidth + chartWidth + 40} ${rows.length * rowHeight + 10}`} role="img" aria-labelledby="estate-capability-title estate-capability-desc">
        <title id="estate-capability-title">{title}</title>
        <desc id="estate-capability-desc">{description}</desc>
        {rows.map((row, index) => {
          const top = index * rowHeight + 4;
          let offset = labelWidth;
          return (
            <g key={row.capability}>
              <text x={0} y={top + 16} style={{ fill: CHART_COLOURS.text, fontSize: 13 }}>
                {row.label}
              </text>
              {DISPOSITION_IDS.map((disposition) => {
                const width = scale(row.byDisposition[disposition]);
                const segment = <rect key={disposition} x={offset} y={top} width={width} height={22} style={{ fill: DISPOSITION_FILLS[disposition], stroke: CHART_COLOURS.text, strokeWidth: width > 0 ? 0.5 : 0 }} />;
                offset += width;
                return segment;
              })}
              <text x={offset + 6} y={top + 16} style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
                {row.total}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-label="Key">
        {DISPOSITION_IDS.map((disposition) => (
          <li key={disposition}>
            <span className={styles.swatch} style={{ background: DISPOSITION_FILLS[disposition] }} />
            {DISPOSITIONS[disposition]}
          </li>
        ))}
      </ul>
      <table className={styles.table}>
        <caption className={styles.caption}>{`${title}: the figures`}</caption>
        <TableHead headings={['Capability', ...DISPOSITION_IDS.map((disposition) => DISPOSITIONS[disposition]), 'Total']} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.capability}>
              <th scope="row" className={styles.cell}>
                {row.label}
              </th>
              {DISPOSITION_IDS.map((disposition) => (
                <td key={disposition} className={styles.cell}>
                  {row.byDisposition[disposition]}
                </td>
              ))}
              <td className={styles.cell}>{row.total}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={styles.cell}>
              Total
            </th>
            {DISPOSITION_IDS.map((disposition) => (
              <td key={disposition} className={styles.cell}>
                {summary.byDisposition[disposition]}
              </td>
            ))}
            <td className={styles.cell}>{summary.current}</td>
          </tr>
        </tbody>
      </table>
    </figure>
  );
}

function ContractsEnding({ summary }: { summary: EstateSummary }) {
  const styles = useChartStyles();
  const uncovered = summary.contractsEnding.filter((contract) => contract.coveredBy.length === 0).length;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        {`Contracts ending in the next ${CONTRACT_HORIZON_MONTHS} months: ${summary.contractsEnding.length}, of which ${uncovered} with no request covering them`}
      </caption>
      <TableHead headings={['Application', 'Supplier', 'Contract ends', 'Annual cost', 'Disposition', 'Covered by a request']} />
      <tbody>
        {summary.contractsEnding.map((contract) => (
          <tr key={contract.applicationId}>
            <th scope="row" className={styles.cell}>
              {contract.name}
            </th>
            <td className={styles.cell}>{contract.supplier}</td>
            <td className={styles.cell}>{formatDate(contract.contractEnd)}</td>
            <td className={styles.cell}>{formatPounds(contract.annualCost)}</td>
            <td className={styles.cell}>{DISPOSITIONS[contract.disposition]}</td>
            <td className={styles.cell}>
              {contract.coveredBy.length > 0 ? contract.coveredBy.map((request) => `${request.id} ${request.title}`).join('; ') : <span className={styles.warning}>No request covers it</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const useStyles = makeStyles({ actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '8px 0 16px 0' } });

/** Which form is open: a new application, one to change, or the target. */
type Editing = { kind: 'new' } | { kind: 'application'; application: ApplicationRecord } | { kind: 'target' };

/**
 * The application estate: its count against the strategy's target, by capability and disposition,
 * contracts ending soon, and the register. ICT and administrators add and change applications and
 * set the target here; after a save the counts and the register are read again.
 */
export function EstateView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [state, reload] = useLoad((signal) => api.call('getEstateSummary', { signal }), [api]);
  const [register, reloadRegister] = useLoad((signal) => api.call('listApplications', { signal }), [api]);
  const [editing, setEditing] = useState<Editing | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const mayManage = hasPermission(me, 'applications:manage');
  if (state.status === 'loading') return <Spinner label="Loading the application estate…" />;
  if (state.status === 'failed') return <LoadFailure error={state.error} what="the application estate" onRetry={() => void reload()} />;
  const summary = state.data;
  const target = summary.target;
  const open = (next: Editing) => {
    setSaved(undefined);
    setEditing(next);
  };
  const close = (message?: string) => {
    setEditing(undefined);
    setSaved(message);
    headingRef.current?.focus();
    if (message) void Promise.all([reload(), reloadRegister()]);
  };
  return (
    <section aria-labelledby="estate-heading">
      <h2 id="estate-heading" ref={headingRef} tabIndex={-1}>
        Application estate
      </h2>
      <Body1 as="p" data-testid="estate-summary">
        {`${summary.current} business applications in the estate (${summary.retired} switched off so far).`}
        {target
          ? ` Target: ${target.targetCount} by ${formatDate(target.targetDate)}, from ${target.baselineCount} on ${formatDate(target.baselineDate)} (${target.source}). ${RATIONALISATION_STATUS_LABELS[summary.status]}: the plan expects ${summary.expectedNow} today.`
          : ' No rationalisation target is set.'}
      </Body1>
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
      {mayManage && (
        <div className={styles.actions}>
          <Button onClick={() => open({ kind: 'new' })}>Add an application</Button>
          <Button onClick={() => open({ kind: 'target' })}>Set the rationalisation target</Button>
        </div>
      )}
      {editing?.kind === 'new' && <ApplicationForm api={api} onSaved={(_record, message) => close(message)} onCancel={() => close()} />}
      {editing?.kind === 'application' && <ApplicationForm key={editing.application.id} api={api} application={editing.application} onSaved={(_record, message) => close(message)} onCancel={() => close()} />}
      {editing?.kind === 'target' && <EstateTargetForm api={api} onSaved={(message) => close(message)} onCancel={() => close()} />}
      {summary.series.length > 0 && <CountOverTime summary={summary} />}
      <ByCapability summary={summary} />
      <ContractsEnding summary={summary} />
      {register.status === 'failed' && <LoadFailure error={register.error} what="the application register" onRetry={() => void reloadRegister()} />}
      {register.status !== 'loading' && register.status !== 'failed' && (
        <ApplicationRegister applications={register.data.items} {...(mayManage ? { onChange: (application: ApplicationRecord) => open({ kind: 'application', application }) } : {})} />
      )}
    </section>
  );
}
