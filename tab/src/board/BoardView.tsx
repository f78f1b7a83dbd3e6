import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { BOARD_STAGES, buildBoardColumns } from '@entrance-hall/shared/browser/board/build-board-columns';
import { indexRiskLevelsByRequest } from '@entrance-hall/shared/browser/board/request-risk-levels';
import { filterRequests } from '@entrance-hall/shared/domain/requests/request-filter';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Me, RequestRecord } from '../api/api-types';
import { formatDays, formatNumber, formatPounds } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { BoardFilters, EMPTY_FILTER, toRequestFilter, type BoardFilterValues } from './BoardFilters';
import { RequestCard } from './RequestCard';
import { RequestDetailDrawer } from './RequestDetailDrawer';
import type { usePortfolio } from './use-portfolio';

const useStyles = makeStyles({
  columns: { display: 'flex', gap: '12px', overflowX: 'auto', alignItems: 'flex-start', paddingBottom: '8px' },
  column: {
    flex: '0 0 270px',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusLarge,
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: '0 0 2px 0', fontSize: tokens.fontSizeBase400 },
  totals: { display: 'block', marginBottom: '8px', color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  summary: { margin: '0 0 8px 0' },
});

/** The portfolio board: requests in stage columns with counts and totals, filters, and the detail panel. */
export function BoardView({ api, me, portfolio }: { api: ApiClient; me: Me; portfolio: ReturnType<typeof usePortfolio> }) {
  const styles = useStyles();
  const [filter, setFilter] = useState<BoardFilterValues>(EMPTY_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const { state, reload, replaceRequest } = portfolio;
  const data = state.status === 'loading' ? undefined : state.data;

  const themeTitles = useMemo(() => new Map((data?.strategy?.themes ?? []).map((theme) => [theme.id, theme.title])), [data?.strategy]);
  const riskLevels = useMemo(() => indexRiskLevelsByRequest(data?.risks ?? []), [data?.risks]);
  // The shared filter returns the very objects it was given, so they keep their etags.
  const filtered = useMemo(() => filterRequests(data?.requests ?? [], toRequestFilter(deferredFilter)) as RequestRecord[], [data?.requests, deferredFilter]);
  const columns = useMemo(() => buildBoardColumns(filtered, deferredFilter.stage ? [deferredFilter.stage] : BOARD_STAGES), [filtered, deferredFilter.stage]);
  const shownCount = columns.reduce((sum, column) => sum + column.count, 0);
  const serviceAreas = useMemo(() => me.organisation.serviceAreas ?? [...new Set((data?.requests ?? []).map((request) => request.serviceArea))].sort(), [me, data?.requests]);
  const partners = useMemo(
    () => [...new Set([...(me.organisation.partnerCouncils ?? []), ...(data?.requests ?? []).flatMap((request) => request.partnerCouncils)])].sort(),
    [me, data?.requests],
  );
  const openRequest = useCallback((id: string) => setOpenId(id), []);
  const onChanged = useCallback((record: RequestRecord) => replaceRequest(record), [replaceRequest]);

  if (state.status === 'loading') return <Spinner label="Loading the portfolio…" />;
  return (
    <>
      {state.status === 'failed' && <LoadFailure error={state.error} what="the portfolio" onRetry={() => void reload()} />}
      {data && (
        <>
          <BoardFilters values={filter} onChange={setFilter} themes={data.strategy?.themes ?? []} serviceAreas={serviceAreas} partners={partners} />
          <p className={styles.summary} aria-live="polite" data-testid="board-summary">
            <Text weight="semibold">{`${formatNumber(shownCount)} ${shownCount === 1 ? 'request' : 'requests'} shown`}</Text>
            {shownCount < data.requests.length && <Caption1>{` of ${formatNumber(data.requests.length)}`}</Caption1>}
          </p>
          {data.requests.length === 0 && (
            <MessageBar intent="info">
              <MessageBarBody>No requests yet. Officers propose projects by chatting to the Entrance Hall bot.</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.columns} data-testid="board">
            {columns.map((column) => (
              <section key={column.stage} className={styles.column} aria-labelledby={`column-${column.stage}`} data-stage={column.stage}>
                <h2 id={`column-${column.stage}`} className={styles.heading}>
                  {column.label} ({formatNumber(column.count)})
                </h2>
                <Caption1 className={styles.totals}>
                  {formatPounds(column.totalCost)} · {formatDays(column.totalIctDays)} of ICT effort
                  {column.notYetEstimated > 0 ? ` · ${formatNumber(column.notYetEstimated)} not yet estimated` : ''}
                </Caption1>
                <ul className={styles.list}>
                  {column.requests.map((request) => (
                    <li key={request.id}>
                      <RequestCard
                        request={request}
                        themeTitles={request.themeIds.map((id) => themeTitles.get(id) ?? id).join(', ')}
                        riskLevel={riskLevels.get(request.id)}
                        onOpen={openRequest}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
      {openId && (
        <RequestDetailDrawer
          api={api}
          me={me}
          requestId={openId}
          initial={data?.requests.find((request) => request.id === openId)}
          themes={data?.strategy?.themes ?? []}
          onChanged={onChanged}
          onClose={() => {
            setOpenId(undefined);
            // Back to the card the panel was opened from, so keyboard users keep their place.
            requestAnimationFrame(() => document.getElementById(`card-${openId}`)?.focus());
          }}
        />
      )}
    </>
  );
}
