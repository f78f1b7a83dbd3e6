import { Body1, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { STAGE_LABELS } from '@entrance-hall/shared/domain/requests/stage';
import type { ApiClient } from '../api/api-client';
import type { Me } from '../api/api-types';
import { hasPermission } from '../common/permissions';
import { StrategyTargets } from './StrategyTargets';
import type { usePortfolio } from '../board/use-portfolio';
import { formatDate } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { useLoad } from '../common/use-load';
import { useChartStyles } from './chart-styles';
import { TableHead } from './TableHead';

const useStyles = makeStyles({
  theme: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '12px', marginTop: '16px' },
  rag: { display: 'inline-block', padding: '2px 8px', borderRadius: tokens.borderRadiusSmall, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
});

/** The strategy: each theme, its actions with RAG status in words and colour, and the requests that serve it. */
export function StrategyView({ api, me, portfolio }: { api: ApiClient; me: Me; portfolio: ReturnType<typeof usePortfolio> }) {
  const styles = useStyles();
  const chart = useChartStyles();
  const [actions, reload] = useLoad((signal) => api.call('listActions', { signal }), [api]);
  const data = portfolio.state.status === 'loading' ? undefined : portfolio.state.data;
  if (portfolio.state.status === 'loading' || actions.status === 'loading') return <Spinner label="Loading the strategy…" />;
  if (actions.status === 'failed') return <LoadFailure error={actions.error} what="the action plan" onRetry={() => void reload()} />;
  const strategy = data?.strategy;
  if (!strategy) return <LoadFailure error={portfolio.state.status === 'failed' ? portfolio.state.error : undefined} what="the strategy" onRetry={() => void portfolio.reload()} />;
  return (
    <div data-testid="strategy-view">
      <h2 className={chart.caption}>{strategy.title}</h2>
      <Caption1 as="p" block>{`${formatDate(strategy.periodStart)} to ${formatDate(strategy.periodEnd)}, ${strategy.status === 'approved' ? `approved${strategy.approvedBy ? ` by ${strategy.approvedBy}` : ''}` : 'draft'}`}</Caption1>
      <StrategyTargets api={api} strategy={strategy} mayMeasure={hasPermission(me, 'strategy:measure')} mayDefine={hasPermission(me, 'strategy:define')} onSaved={() => void portfolio.reload()} />
      {strategy.themes.map((theme) => {
        const themeActions = actions.data.items.filter((action) => action.themeId === theme.id);
        const requests = (data?.requests ?? []).filter((request) => request.themeIds.includes(theme.id));
        return (
          <section key={theme.id} className={styles.theme} aria-labelledby={`theme-${theme.id}`}>
            <h3 id={`theme-${theme.id}`}>{theme.title}</h3>
            <Body1 as="p" block>{theme.description}</Body1>
            {themeActions.length === 0 ? (
              <Body1 as="p" block>No actions in the plan for this theme.</Body1>
            ) : (
              <table className={chart.table}>
                <caption className={chart.caption}>{`Actions: ${theme.title}`}</caption>
                <TableHead headings={['Ref', 'Action', 'Owner', 'Due', 'Status', 'Latest progress']} />
                <tbody>
                  {themeActions.map((action) => (
                    <tr key={action.id}>
                      <td className={chart.cell}>{action.reference}</td>
                      <th scope="row" className={chart.cell}>
                        {action.title}
                      </th>
                      <td className={chart.cell}>{action.owner}</td>
                      <td className={chart.cell}>{formatDate(action.dueDate)}</td>
                      <td className={chart.cell}>
                        <span className={styles.rag} style={{ backgroundColor: `#${action.rag.fill}`, color: `#${action.rag.text}` }}>
                          {action.rag.label}
                        </span>
                      </td>
                      <td className={chart.cell}>{action.progressNote}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h4>{`Requests serving this theme (${requests.length})`}</h4>
            {requests.length === 0 ? (
              <Body1 as="p" block>None yet.</Body1>
            ) : (
              <ul>
                {requests.map((request) => (
                  <li key={request.id}>{`${request.id} ${request.title} – ${STAGE_LABELS[request.stage]}`}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
