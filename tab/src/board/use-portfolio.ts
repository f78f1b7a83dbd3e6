import { useCallback, useEffect, useRef } from 'react';
import type { ApiClient } from '../api/api-client';
import { ApiProblem } from '../api/api-problem';
import { REQUEST_PAGE_SIZE } from '@entrance-hall/shared/domain/requests/request-list-query';
import type { ListOf, RequestSummaryRecord, RiskRecord, StrategyRecord } from '../api/api-types';
import { useLoad } from '../common/use-load';

/** Everything the board and the charts show: the requests, the strategy's themes, the risks. */
export interface Portfolio {
  /** Every request the person may see, as summaries (all pages of the list). */
  requests: RequestSummaryRecord[];
  strategy?: StrategyRecord;
  /** Empty for people who may not read the risk register (officers). */
  risks: RiskRecord[];
}

/**
 * How often the board looks for changes made elsewhere while it is visible: one conditional GET
 * of the requests (a 304 of headers only while nothing changed), so an idle board costs a few KB
 * a minute whatever the size of the portfolio (aim ≤ 5 KB; board idle-traffic.e2e.test.ts).
 */
export const BOARD_REFRESH_MS = 30_000;

const NO_RISKS: ListOf<RiskRecord> = { items: [], count: 0 };

/** The board shows every request: all pages, as large as the server gives them (one page up to 5,000). */
const readAllRequests = (api: ApiClient, signal?: AbortSignal) => api.callAllPages('listRequests', { query: { limit: REQUEST_PAGE_SIZE.max }, ...(signal ? { signal } : {}) });

/**
 * Loads the portfolio once for all views, refreshes it quietly while the tab is visible. It starts
 * at sign-in, beside /api/v1/me rather than after it; people who may not read the risk register
 * (403) simply see no risks.
 */
export function usePortfolio(api: ApiClient, { enabled = true }: { enabled?: boolean } = {}) {
  // The list as last loaded: the ApiClient hands back this very object while the server says 304.
  const lastRequests = useRef<unknown>(undefined);
  const [state, reload, update] = useLoad<Portfolio>(
    async (signal) => {
      // In a meeting's side panel or on its stage only the meeting is shown: no need for the portfolio.
      if (!enabled) return { requests: [], risks: [] };
      const [requests, strategy, risks] = await Promise.all([
        readAllRequests(api, signal),
        api.call('getStrategy', { signal }).catch(() => undefined),
        api.call('listRisks', { signal }).catch((error: unknown) => {
          if (error instanceof ApiProblem && error.status === 403) return NO_RISKS;
          throw error;
        }),
      ]);
      lastRequests.current = requests;
      return { requests: requests.items, ...(strategy ? { strategy } : {}), risks: risks.items };
    },
    [api, enabled],
  );
  useEffect(() => {
    if (!enabled) return undefined;
    // Only the requests are asked after; the strategy and risks are read again when they changed.
    const refresh = async () => {
      try {
        const requests = await readAllRequests(api);
        if (requests !== lastRequests.current) await reload();
      } catch {
        await reload(); // shows what went wrong, keeping the last good portfolio on screen
      }
    };
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, BOARD_REFRESH_MS);
    return () => clearInterval(timer);
  }, [api, reload, enabled]);
  /** Puts a request the user just changed (or the newer one the server sent back) in place. */
  const replaceRequest = useCallback(
    (record: RequestSummaryRecord) => update((portfolio) => ({ ...portfolio, requests: portfolio.requests.map((request) => (request.id === record.id ? record : request)) })),
    [update],
  );
  return { state, reload, replaceRequest };
}
