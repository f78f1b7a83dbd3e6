import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { BOARD_STAGES, buildBoardColumns } from '@entrance-hall/shared/browser/board/build-board-columns';
import { indexRiskLevelsByRequest } from '@entrance-hall/shared/browser/board/request-risk-levels';
import { filterRequests } from '@entrance-hall/shared/domain/requests/request-filter';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Me, RequestRecord } from '../api/api-types';
import { formatNumber } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { BoardColumns } from './BoardColumns';
import { BoardFilters, EMPTY_FILTER, toRequestFilter, type BoardFilterValues, type BoardLayout } from './BoardFilters';
import { BoardTable } from './BoardTable';
import { RequestDetailDrawer } from './RequestDetailDrawer';
import type { usePortfolio } from './use-portfolio';

const useStyles = makeStyles({
  summary: { margin: '0 0 6px 0' },
});

/** The portfolio board: requests in stage columns with counts and totals, filters, and the detail panel. */
export function BoardView({ api, me, portfolio }: { api: ApiClient; me: Me; portfolio: ReturnType<typeof usePortfolio> }) {
  const styles = useStyles();
  const [filter, setFilter] = useState<BoardFilterValues>(EMPTY_FILTER);
  const [layout, setLayout] = useState<BoardLayout>('cards');
  const deferredFilter = useDeferredValue(filter);
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const { state, reload, replaceRequest } = portfolio;
  const data = state.status === 'loading' ? undefined : state.data;

  const riskLevels = useMemo(() => indexRiskLevelsByRequest(data?.risks ?? []), [data?.risks]);
  // The shared filter returns the very objects it was given, so they keep their etags.
  const filtered = useMemo(() => filterRequests(data?.requests ?? [], toRequestFilter(deferredFilter)), [data?.requests, deferredFilter]);
  const stages = useMemo(() => (deferredFilter.stage ? [deferredFilter.stage] : BOARD_STAGES), [deferredFilter.stage]);
  const columns = useMemo(() => buildBoardColumns(filtered, stages), [filtered, stages]);
  const shownCount = columns.reduce((sum, column) => sum + column.count, 0);
  // The table shows what the columns show (the same stages), in the filter's order until a header is clicked.
  const tableRows = useMemo(() => filtered.filter((request) => stages.includes(request.stage)), [filtered, stages]);
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
          <BoardFilters values={filter} onChange={setFilter} layout={layout} onLayoutChange={setLayout} themes={data.strategy?.themes ?? []} serviceAreas={serviceAreas} partners={partners} />
          <p className={styles.summary} aria-live="polite" data-testid="board-summary">
            <Text weight="semibold">{`${formatNumber(shownCount)} ${shownCount === 1 ? 'request' : 'requests'} shown`}</Text>
            {shownCount < data.requests.length && <Caption1>{` of ${formatNumber(data.requests.length)}`}</Caption1>}
          </p>
          {data.requests.length === 0 && (
            <MessageBar intent="info">
              <MessageBarBody>No requests yet. Officers propose projects by chatting to the Entrance Hall bot.</MessageBarBody>
            </MessageBar>
          )}
          {layout === 'cards' ? <BoardColumns columns={columns} riskLevels={riskLevels} onOpen={openRequest} /> : <BoardTable requests={tableRows} riskLevels={riskLevels} onOpen={openRequest} />}
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
            // Back to the card or row the panel was opened from, so keyboard users keep their place.
            requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-opens="${CSS.escape(openId)}"]`)?.focus());
          }}
        />
      )}
    </>
  );
}
