import { useCallback, useEffect } from 'react';
import type { ApiClient } from '../api/api-client';
import { ApiProblem } from '../api/api-problem';
import type { ListOf, RequestRecord, RiskRecord, StrategyRecord } from '../api/api-types';
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

const NO_RISKS: ListOf<RiskRecord> = { items: [], count: 0 };

/**
 * Loads the portfolio once for all views, refreshes it quietly while the tab is visible. It starts
 * at sign-in, beside /api/v1/me rather than after it; people who may not read the risk register
 * (403) simply see no risks.
 */
export function usePortfolio(api: ApiClient, { enabled = true }: { enabled?: boolean } = {}) {
  const [state, reload, update] = useLoad<Portfolio>(
    async (signal) => {
      // In a meeting's side panel or on its stage only the meeting is shown: no need for the portfolio.
      if (!enabled) return { requests: [], risks: [] };
      const [requests, strategy, risks] = await Promise.all([
        api.call('listRequests', { signal }),
        api.call('getStrategy', { signal }).catch(() => undefined),
        api.call('listRisks', { signal }).catch((error: unknown) => {
          if (error instanceof ApiProblem && error.status === 403) return NO_RISKS;
          throw error;
        }),
      ]);
      return { requests: requests.items, ...(strategy ? { strategy } : {}), risks: risks.items };
    },
    [api, enabled],
  );
  useEffect(() => {
    if (!enabled) return undefined;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, BOARD_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload, enabled]);
  /** Puts a request the user just changed (or the newer one the server sent back) in place. */
  const replaceRequest = useCallback(
    (record: RequestRecord) => update((portfolio) => ({ ...portfolio, requests: portfolio.requests.map((request) => (request.id === record.id ? record : request)) })),
    [update],
  );
  return { state, reload, replaceRequest };
}
