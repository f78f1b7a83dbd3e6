import { buildMeetingAgenda, type AgendaItem } from '@entrance-hall/shared/board/build-meeting-agenda';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Decision, ListOf, MeetingRecord, RequestRecord } from '../api/api-types';

/** How often meeting mode asks for new decisions, so everyone sees one within two seconds. */
export const MEETING_POLL_MS = 1_000;
/** Agenda requests are re-read at least this often even when no decision came in (scores, edits). */
const AGENDA_REFRESH_MS = 10_000;

export interface MeetingFeed {
  meeting: MeetingRecord;
  agenda: AgendaItem<RequestRecord>[];
  decisions: Decision[];
}

export type MeetingFeedState = { status: 'loading' } | { status: 'ready'; feed: MeetingFeed; error?: unknown } | { status: 'failed'; error: unknown };

/**
 * Keeps one meeting's agenda and decisions current by polling the API every second: the server is
 * stateless and runs on many instances, so polling is what reaches every open tab. The requests on
 * the agenda are re-read when a new decision arrives, and every ten seconds otherwise.
 */
export function useMeetingFeed(api: ApiClient, meetingId: string) {
  const [state, setState] = useState<MeetingFeedState>({ status: 'loading' });
  const requests = useRef<RequestRecord[]>([]);
  const lastRequestsRead = useRef(0);
  const decisionKey = useRef('');
  const inFlight = useRef(false);

  const poll = useCallback(
    async (forceRequests = false) => {
      if (inFlight.current) return;
      inFlight.current = true;
      try {
        const [meeting, decisions] = await Promise.all([
          api.get<MeetingRecord>(`/api/v1/meetings/${encodeURIComponent(meetingId)}`),
          api.get<ListOf<Decision>>(`/api/v1/decisions?meeting=${encodeURIComponent(meetingId)}`),
        ]);
        const key = decisions.items.map((decision) => decision.id).join(',') + '|' + meeting.agenda.join(',');
        if (forceRequests || key !== decisionKey.current || Date.now() - lastRequestsRead.current > AGENDA_REFRESH_MS) {
          requests.current = await Promise.all(
            meeting.agenda.map((id) => api.get<RequestRecord>(`/api/v1/requests/${encodeURIComponent(id)}`).catch(() => undefined)),
          ).then((list) => list.filter((entry): entry is RequestRecord => entry !== undefined));
          lastRequestsRead.current = Date.now();
          decisionKey.current = key;
        }
        setState({ status: 'ready', feed: { meeting, decisions: decisions.items, agenda: buildMeetingAgenda(meeting, requests.current, decisions.items) } });
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
    decisionKey.current = '';
    void poll(true);
    const timer = setInterval(() => void poll(), MEETING_POLL_MS);
    return () => clearInterval(timer);
  }, [poll]);

  return { state, refresh: () => poll(true) };
}
