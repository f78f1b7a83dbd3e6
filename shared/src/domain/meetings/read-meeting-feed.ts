import type { DomainContext } from '../context/domain-context';
import type { Decision } from '../decisions/decision';
import type { Principal } from '../identity/roles';
import type { ProjectRequest } from '../requests/project-request';
import type { Versioned } from '../storage/versioned';
import type { Meeting } from './meeting';
import { getMeeting } from './meeting-commands';

/** Everything an open meeting tab shows, in one read: the meeting, its decisions, its agenda's requests. */
export interface MeetingFeed {
  meeting: Versioned<Meeting>;
  decisions: Decision[];
  /** The agenda's requests that still exist, with their versions. */
  requests: Versioned<ProjectRequest>[];
}

/**
 * One read for meeting mode's poll, so each open tab makes one request a second (answered 304 when
 * nothing changed). Requests on the agenda are included so an item decided or changed outside the
 * meeting shows as it is.
 */
export async function readMeetingFeed(context: DomainContext, principal: Principal, id: string): Promise<MeetingFeed> {
  const meeting = await getMeeting(context, principal, id);
  const organisationId = principal.organisationId;
  // Reads scale with the agenda (a dozen items), not with the portfolio.
  const perItem = await Promise.all(
    meeting.value.agenda.map(async (requestId) => {
      const [request, decisions] = await Promise.all([context.repos.requests.get(organisationId, requestId), context.repos.decisions.list(organisationId, requestId)]);
      return { request, decisions: decisions.map((record) => record.value).filter((decision) => decision.meetingId === id) };
    }),
  );
  return {
    meeting,
    decisions: perItem.flatMap((item) => item.decisions).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id)),
    requests: perItem.flatMap((item) => (item.request ? [item.request] : [])),
  };
}
