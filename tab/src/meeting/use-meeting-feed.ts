import { buildMeetingAgenda, type AgendaItem } from '@entrance-hall/shared/browser/board/build-meeting-agenda';
import { indexRiskLevelsByRequest } from '@entrance-hall/shared/browser/board/request-risk-levels';
import type { RiskLevel } from '@entrance-hall/shared/domain/risks/risk';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Decision, MeetingRecord, QuarterDemand, RequestRecord, RiskRecord } from '../api/api-types';

/** How often meeting mode asks whether anything changed, so everyone sees a decision within two seconds. */
export const MEETING_POLL_MS = 1_000;

/** `GET /api/v1/meetings/:id/feed`: the meeting, its decisions and its agenda's requests in one answer. */
interface FeedResponse {
  meeting: MeetingRecord;
  decisions: Decision[];
  requests: RequestRecord[];
}

/** What the group decides on beyond the request itself: risk levels, capacity fit, theme names. */
export interface MeetingFacts {
  riskLevels: Map<string, RiskLevel>;
  capacity: QuarterDemand[];
  themeNames: Map<string, string>;
}

export interface MeetingFeed {
  meeting: MeetingRecord;
  agenda: AgendaItem<RequestRecord>[];
  decisions: Decision[];
  facts?: MeetingFacts;
}

export type MeetingFeedState = { status: 'loading' } | { status: 'ready'; feed: MeetingFeed; error?: unknown } | { status: 'failed'; error: unknown };

async function readFacts(api: ApiClient): Promise<MeetingFacts> {
  const [risks, capacity, strategy] = await Promise.all([
    api.call('listRisks').catch(() => ({ items: [] as RiskRecord[] })),
    api.call('getCapacity').catch(() => ({ quarters: [] as QuarterDemand[] })),
    api.call('getStrategy').catch(() => undefined),
  ]);
  return {
    riskLevels: indexRiskLevelsByRequest(risks.items),
    capacity: capacity.quarters,
    themeNames: new Map((strategy?.themes ?? []).map((theme) => [theme.id, theme.title])),
  };
}

/**
 * Keeps one meeting current: one conditional request a second (304 while nothing changed), paused
 * while the tab is hidden and resumed at once when it is shown again. When something changed, the
 * facts around the agenda (risks, capacity, themes) are read again too.
 */
export function useMeetingFeed(api: ApiClient, meetingId: string) {
  const [state, setState] = useState<MeetingFeedState>({ status: 'loading' });
  const lastAnswer = useRef<FeedResponse | undefined>(undefined);
  const facts = useRef<MeetingFacts | undefined>(undefined);
  const inFlight = useRef(false);

  const poll = useCallback(
    async (force = false) => {
      if (inFlight.current) return;
      inFlight.current = true;
      try {
        const answer = await api.call('getMeetingFeed', { params: { id: meetingId } });
        // The client hands back the same object on 304: nothing to redraw.
        if (answer === lastAnswer.current && !force) {
          setState((previous) => (previous.status === 'ready' && previous.error !== undefined ? { status: 'ready', feed: previous.feed } : previous));
          return;
        }
        lastAnswer.current = answer;
        const build = (): MeetingFeed => ({
          meeting: answer.meeting,
          decisions: answer.decisions,
          agenda: buildMeetingAgenda(answer.meeting, answer.requests, answer.decisions),
          ...(facts.current ? { facts: facts.current } : {}),
        });
        setState({ status: 'ready', feed: build() });
        facts.current = await readFacts(api);
        if (lastAnswer.current === answer) setState({ status: 'ready', feed: build() });
      } catch (error) {
        setState((previous) => (previous.status === 'ready' ? { ...previous, error } : { status: 'failed', error }));
      } finally {
        inFlight.current = false;
      }
    },
    [api, meetingId],
  );

  useEffect(() => {
    setState({ status: 'loading' });
    lastAnswer.current = undefined;
    void poll(true);
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void poll();
    }, MEETING_POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void poll();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [poll]);

  return { state, refresh: () => poll(true) };
}
