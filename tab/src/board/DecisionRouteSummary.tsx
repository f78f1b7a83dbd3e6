import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { DecisionRoute } from '@entrance-hall/shared/domain/constitution/decision-route';
import { formatLongDate } from '@entrance-hall/shared/domain/formatting/format-values';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', columnGap: '16px', rowGap: '6px', margin: '8px 0 0 0' },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

const KEY_DECISION_WORDS: Record<DecisionRoute['keyDecision']['status'], string> = {
  key: 'Yes, a key decision',
  not_key: 'No, not a key decision',
  not_known: 'Not known yet',
};

/**
 * Who decides the request under the organisation's constitution, whether it is a key decision and
 * why, and the forward-plan dates, in words: as the API works it out for the version on screen.
 */
export function DecisionRouteSummary({ route }: { route: DecisionRoute }) {
  const styles = useStyles();
  const rows: [string, string][] = [
    ['Key decision', [KEY_DECISION_WORDS[route.keyDecision.status], ...route.keyDecision.reasons].join('. ').replace(/\.\./g, '.')],
  ];
  if (route.forwardPlan) {
    rows.push(['Forward plan notice', route.forwardPlan.noticePublishedOn ? `Published ${formatLongDate(route.forwardPlan.noticePublishedOn)}` : 'Not published yet']);
    rows.push(['Earliest decision date', formatLongDate(route.forwardPlan.earliestDecisionDate)]);
  }
  return (
    <div data-testid="decision-route">
      <Body1 as="p" block>
        {route.summary}
      </Body1>
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} data-testid={`route-${term.toLowerCase().replace(/ /g, '-')}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
