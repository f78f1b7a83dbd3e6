import { useCallback, useEffect } from 'react';
import type { ApiClient } from '../api/api-client';
import type { ListOf, Me, RequestRecord, RiskRecord, StrategyRecord } from '../api/api-types';
import { hasPermission } from '../app/permissions';
import { useLoad } from '../common/use-load';

/** Everything the board and the charts show: the requests, the strategy's themes, the risks. */
export interface Portfolio {
  requests: RequestRecord[];
  strategy?: StrategyRecord;
  /** Empty for people who may not read the risk register (officers). */
  risks: RiskRecord[];
}

/** How often the board looks for changes made elsewhere while it is visible. */
export const BOARD_REFRESH_MS = 15_000;

/** Loads the portfolio once for all views, refreshes it quietly while the tab is visible. */
export function usePortfolio(api: ApiClient, me: Me) {
  const mayReadGovernance = hasPermission(me, 'governance:read');
  const [state, reload, update] = useLoad<Portfolio>(
    async (signal) => {
      const [requests, strategy, risks] = await Promise.all([
        api.get<ListOf<RequestRecord>>('/api/v1/requests', signal),
        api.get<StrategyRecord>('/api/v1/strategy', signal).catch(() => undefined),
        mayReadGovernance ? api.get<ListOf<RiskRecord>>('/api/v1/risks', signal) : Promise.resolve({ items: [], count: 0 }),
      ]);
      return { requests: requests.items, ...(strategy ? { strategy } : {}), risks: risks.items };
    },
    [api, mayReadGovernance],
  );
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, BOARD_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  /** Puts a request the user just changed (or the newer one the server sent back) in place. */
  const replaceRequest = useCallback(
    (record: RequestRecord) => update((portfolio) => ({ ...portfolio, requests: portfolio.requests.map((request) => (request.id === record.id ? record : request)) })),
    [update],
  );
  return { state, reload, replaceRequest };
}
