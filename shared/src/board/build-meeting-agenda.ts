import type { Decision } from '../decisions/decision';
import type { Meeting } from '../meetings/meeting';
import type { ProjectRequest } from '../requests/project-request';

/** One agenda item of a meeting: the request (if it still exists) and the decision taken on it there. */
export interface AgendaItem<T extends ProjectRequest = ProjectRequest> {
  position: number;
  requestId: string;
  request?: T;
  /** The latest decision on this request recorded in this meeting, if any. */
  decision?: Decision;
}

/**
 * The meeting's agenda in order, each item with its request and the decision recorded for it in
 * this meeting. A decision taken elsewhere does not count as decided here.
 */
export function buildMeetingAgenda<T extends ProjectRequest>(
  meeting: Pick<Meeting, 'id' | 'agenda'>,
  requests: readonly T[],
  decisions: readonly Decision[],
): AgendaItem<T>[] {
  const byId = new Map(requests.map((request) => [request.id, request]));
  const latestDecision = new Map<string, Decision>();
  for (const decision of [...decisions].filter((entry) => entry.meetingId === meeting.id).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
    latestDecision.set(decision.requestId, decision);
  }
  return meeting.agenda.map((requestId, index) => {
    const request = byId.get(requestId);
    const decision = latestDecision.get(requestId);
    return { position: index + 1, requestId, ...(request ? { request } : {}), ...(decision ? { decision } : {}) };
  });
}
