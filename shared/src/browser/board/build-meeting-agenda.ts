import { DECIDABLE_STAGES, describeDecision, isRescission, type Decision } from '../../domain/decisions/decision';
import { STAGE_LABELS } from '../../domain/requests/stage';
import type { Meeting } from '../../domain/meetings/meeting';
import type { RequestSummary } from '../../domain/requests/request-summary';

/** One agenda item of a meeting: the request (if it still exists) and the decision taken on it there. */
export interface AgendaItem<T extends RequestSummary = RequestSummary> {
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
export function buildMeetingAgenda<T extends RequestSummary>(
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

/** Where an agenda item stands, in words for the agenda strip and the item itself. */
export interface AgendaItemStatus {
  /** Decided in this meeting (and not rescinded since). */
  decided: boolean;
  label: string;
}

/**
 * An item is decided when its latest decision in this meeting stands; a rescinded one is to decide
 * again; a request that left "ready for decision" some other way says where it went, so an item
 * decided outside the meeting never says "To decide".
 */
export function describeAgendaItemStatus(item: AgendaItem): AgendaItemStatus {
  if (item.decision && !isRescission(item.decision)) return { decided: true, label: `Decided: ${describeDecision(item.decision)}` };
  if (!item.request) return { decided: false, label: 'No longer available' };
  if (!DECIDABLE_STAGES.includes(item.request.stage)) return { decided: false, label: `${STAGE_LABELS[item.request.stage]} outside this meeting` };
  if (item.decision) return { decided: false, label: 'Rescinded: to decide again' };
  return { decided: false, label: 'To decide' };
}
