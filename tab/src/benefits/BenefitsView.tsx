import { Body1, Dropdown, Field, makeStyles, Option, Spinner, tokens } from '@fluentui/react-components';
import { BENEFIT_RAG_LABELS, NOT_YET_KNOWN, summariseSavingsByYear, type BenefitRag, type YearOfSavings } from '@entrance-hall/shared/domain/benefits/assess-benefit';
import type { AssessedBenefit, RequestBenefits } from '@entrance-hall/shared/domain/benefits/build-benefits-overview';
import { describeNextReview, describePlan, describeRealised } from '@entrance-hall/shared/domain/benefits/describe-benefit';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { TableHead } from '../charts/TableHead';
import { CHART_COLOURS, useChartStyles } from '../charts/chart-styles';
import { formatDate, formatPounds } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { useLoad } from '../common/use-load';

const PORTFOLIO = 'portfolio';

const useStyles = makeStyles({
  rag: { display: 'inline-flex', alignItems: 'center', gap: '6px', fontWeight: tokens.fontWeightSemibold },
  dot: { display: 'inline-block', width: '12px', height: '12px', borderRadius: '50%', border: `1px solid ${tokens.colorNeutralStroke1}`, flexShrink: 0 },
  picker: { maxWidth: '520px', marginBottom: '12px' },
});

/** The colour is a second cue beside the words; "Not yet known" has none. */
const RAG_DOT: Record<BenefitRag, string> = {
  green: tokens.colorPaletteGreenBackground3,
  amber: tokens.colorPaletteMarigoldBackground3,
  red: tokens.colorPaletteRedBackground3,
  not_known: 'transparent',
};

function RagInWords({ rag, summary }: { rag: BenefitRag; summary: string }) {
  const styles = useStyles();
  return (
    <span className={styles.rag}>
      <span className={styles.dot} style={{ background: RAG_DOT[rag] }} aria-hidden="true" />
      <span>{summary}</span>
    </span>
  );
}

const realisedText = (year: YearOfSavings) => (year.realised === undefined ? NOT_YET_KNOWN : formatPounds(year.realised));
const knownText = (year: YearOfSavings) => `${year.known} of ${year.expected}`;

/** Planned against realised cashable savings by financial year: paired bars, "Not yet known" written where nothing is recorded. */
function SavingsChart({ years, title }: { years: YearOfSavings[]; title: string }) {
  const styles = useChartStyles();
  const labelWidth = 90;
  const chartWidth = 600;
  const rowHeight = 56;
  const max = Math.max(1, ...years.map((year) => Math.max(year.planned, year.realised ?? 0)));
  const scale = (value: number) => (value / max) * chartWidth;
  const height = years.length * rowHeight + 24;
  const summary = years.map((year) => `${year.financialYear}: planned ${formatPounds(year.planned)}, realised ${realisedText(year)}`).join('; ');
  return (
    <figure className={styles.figure} aria-labelledby="savings-caption">
      <figcaption id="savings-caption" className={styles.caption}>
        {title}
      </figcaption>
      {years.length > 0 && (
        <svg className={styles.svg} viewBox={`0 0 ${labelWidth + chartWidth + 120} ${height}`} role="img" aria-labelledby="savings-svg-title savings-svg-desc">
          <title id="savings-svg-title">{title}</title>
          <desc id="savings-svg-desc">{summary}</desc>
          {years.map((year, index) => {
            const y = index * rowHeight + 6;
            return (
              <g key={year.financialYear}>
                <text x={0} y={y + 26} style={{ fill: CHART_COLOURS.text, fontSize: 13 }}>
                  {year.financialYear}
                </text>
                <rect x={labelWidth} y={y} width={scale(year.planned)} height={20} style={{ fill: CHART_COLOURS.proposed, stroke: CHART_COLOURS.proposedStroke }} />
                {year.realised === undefined ? (
                  <text x={labelWidth} y={y + 38} style={{ fill: CHART_COLOURS.text, fontSize: 12, fontStyle: 'italic' }}>
                    {`Realised: ${NOT_YET_KNOWN}`}
                  </text>
                ) : (
                  <rect x={labelWidth} y={y + 24} width={Math.max(1, scale(year.realised))} height={20} style={{ fill: CHART_COLOURS.committed }} />
                )}
              </g>
            );
          })}
          <line x1={labelWidth} x2={labelWidth} y1={0} y2={height - 18} style={{ stroke: CHART_COLOURS.axis }} />
          <text x={labelWidth + chartWidth} y={height - 4} textAnchor="end" style={{ fill: CHART_COLOURS.text, fontSize: 12 }}>
            {formatPounds(max)}
          </text>
        </svg>
      )}
      <ul className={styles.legend} aria-label="Key">
        <li>
          <span className={styles.swatch} style={{ background: CHART_COLOURS.proposed }} />
          Planned
        </li>
        <li>
          <span className={styles.swatch} style={{ background: CHART_COLOURS.committed }} />
          Realised (figures recorded at reviews)
        </li>
      </ul>
      <table className={styles.table}>
        <caption className={styles.caption}>{`${title}: the figures`}</caption>
        <TableHead headings={['Financial year', 'Planned', 'Realised', 'Figures recorded']} />
        <tbody>
          {years.map((year) => (
            <tr key={year.financialYear}>
              <th scope="row" className={styles.cell}>
                {year.financialYear}
              </th>
              <td className={styles.cell}>{formatPounds(year.planned)}</td>
              <td className={styles.cell}>{realisedText(year)}</td>
              <td className={styles.cell}>{knownText(year)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function BenefitTable({ caption, rows }: { caption: string; rows: { request: RequestBenefits; benefit: AssessedBenefit }[] }) {
  const styles = useChartStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <TableHead headings={['Project', 'Benefit', 'Owner', 'Planned', 'Realised', 'Status (RAG)', 'Next review']} />
      <tbody>
        {rows.map(({ request, benefit }) => (
          <tr key={`${request.requestId}-${benefit.id}`}>
            <td className={styles.cell}>{`${request.requestId} ${request.title}`}</td>
            <th scope="row" className={styles.cell}>
              {benefit.description}
            </th>
            <td className={styles.cell}>{benefit.owner.name}</td>
            <td className={styles.cell}>{describePlan(benefit)}</td>
            <td className={styles.cell} style={{ whiteSpace: 'pre-line' }}>
              {describeRealised(benefit)}
            </td>
            <td className={styles.cell}>
              <RagInWords rag={benefit.assessment.rag} summary={benefit.assessment.summary} />
            </td>
            <td className={styles.cell}>{describeNextReview(benefit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Benefits realisation: planned against realised savings by year and measures against target,
 * for the whole portfolio (agreed and delivered projects) or one request, and the reviews owed.
 */
export function BenefitsView({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const chart = useChartStyles();
  const [choice, setChoice] = useState(PORTFOLIO);
  const [state, reload] = useLoad((signal) => api.call('listBenefits', { signal }), [api]);
  if (state.status === 'loading') return <Spinner label="Loading benefits…" />;
  if (state.status === 'failed' && !state.data) return <LoadFailure error={state.error} what="benefits" onRetry={() => void reload()} />;
  const overview = state.data!;
  const requests = choice === PORTFOLIO ? overview.requests : overview.requests.filter((request) => request.requestId === choice);
  const rows = requests.flatMap((request) => request.benefits.map((benefit) => ({ request, benefit })));
  const savings = rows.filter((row) => row.benefit.kind === 'cashable');
  const measures = rows.filter((row) => row.benefit.kind === 'measure');
  const years = summariseSavingsByYear(savings.map((row) => row.benefit.assessment));
  const owed = rows.flatMap(({ request, benefit }) => benefit.reviews.filter((review) => review.state === 'due' || review.state === 'overdue').map((review) => ({ request, benefit, review })));
  const scope = choice === PORTFOLIO ? 'agreed and delivered projects' : requests[0] ? `${requests[0].requestId} ${requests[0].title}` : '';
  const selected = choice === PORTFOLIO ? 'Whole portfolio' : `${requests[0]?.requestId} ${requests[0]?.title}`;
  return (
    <div data-testid="benefits-view">
      {state.status === 'failed' && <LoadFailure error={state.error} what="benefits" onRetry={() => void reload()} />}
      <Field label="Show benefits for" className={styles.picker}>
        <Dropdown value={selected} selectedOptions={[choice]} onOptionSelect={(_event, data) => setChoice(data.optionValue ?? PORTFOLIO)}>
          <Option value={PORTFOLIO}>Whole portfolio</Option>
          {overview.requests.map((request) => (
            <Option key={request.requestId} value={request.requestId} text={`${request.requestId} ${request.title}`}>
              {`${request.requestId} ${request.title}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Body1 as="p" block data-testid="benefits-summary">
        {rows.length === 0
          ? 'No agreed or delivered project has benefits in its business case yet.'
          : `${rows.length} ${rows.length === 1 ? 'benefit' : 'benefits'} of ${scope}. Reviews due: ${owed.filter((item) => item.review.state === 'due').length}; overdue (more than 28 days): ${owed.filter((item) => item.review.state === 'overdue').length}. A figure nobody has recorded reads "${NOT_YET_KNOWN}", never £0.`}
      </Body1>
      {owed.length > 0 && (
        <section aria-labelledby="reviews-owed-heading">
          <h2 id="reviews-owed-heading" className={chart.caption}>
            Post-implementation reviews owed
          </h2>
          <table className={chart.table}>
            <caption className={chart.caption}>Reviews due or overdue, earliest first</caption>
            <TableHead headings={['Project', 'Benefit', 'Owner', 'Review', 'Due', 'State']} />
            <tbody>
              {owed
                .sort((a, b) => a.review.dueOn.localeCompare(b.review.dueOn))
                .map(({ request, benefit, review }) => (
                  <tr key={`${request.requestId}-${review.id}`}>
                    <td className={chart.cell}>{`${request.requestId} ${request.title}`}</td>
                    <th scope="row" className={chart.cell}>
                      {benefit.description}
                    </th>
                    <td className={chart.cell}>{review.owner.name}</td>
                    <td className={chart.cell}>{review.label}</td>
                    <td className={chart.cell}>{formatDate(review.dueOn)}</td>
                    <td className={chart.cell}>{review.state === 'overdue' ? <span className={chart.warning}>{review.stateLabel}</span> : review.stateLabel}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="savings-heading">
        <h2 id="savings-heading" className={chart.caption}>
          Cashable savings
        </h2>
        <SavingsChart years={years} title="Cashable savings by financial year: planned against realised" />
        {savings.length > 0 && <BenefitTable caption="Each cashable saving" rows={savings} />}
      </section>
      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading" className={chart.caption}>
          Measures against target
        </h2>
        {measures.length === 0 ? <Body1 as="p">No non-cashable measures.</Body1> : <BenefitTable caption="Each measure: baseline, target and the latest value" rows={measures} />}
      </section>
      <Body1 as="p" block>
        {`RAG: ${BENEFIT_RAG_LABELS.green} is on plan or target met; ${BENEFIT_RAG_LABELS.amber} is at least 75% of plan or half way to target; ${BENEFIT_RAG_LABELS.red} is less.`}
      </Body1>
    </div>
  );
}
