import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ConstitutionSettings } from '@entrance-hall/shared/domain/constitution/constitution-settings';
import { decideDecisionRoute, findForwardPlanShortfall } from '@entrance-hall/shared/domain/constitution/decision-route';
import type { ProjectRequest } from '@entrance-hall/shared/domain/requests/project-request';
import type { ApiClient } from '../api/api-client';
import { useLoad } from '../common/use-load';

/** The agenda's key decisions that this meeting may not take yet: no forward plan notice in time. */
export function findAgendaShortfalls(requests: readonly ProjectRequest[], settings: ConstitutionSettings, meetingDate: string, today: string): { requestId: string; title: string; message: string }[] {
  return requests.flatMap((request) => {
    const route = decideDecisionRoute(request, settings, today);
    // A recommendation to Cabinet or a committee is not the key decision: that body's meeting needs the notice.
    if (route.steeringGroupRole !== 'decides' || request.awaitingDecision) return [];
    const shortfall = findForwardPlanShortfall(route, meetingDate, settings);
    return shortfall ? [{ requestId: request.id, title: request.title, message: shortfall.message }] : [];
  });
}

/**
 * Flags, above the agenda, each key decision whose forward plan notice is not in time for this
 * meeting, with the date it needed notice by. Says nothing when every item is in order.
 */
export function ForwardPlanWarnings({ api, requests, meetingDate }: { api: ApiClient; requests: readonly ProjectRequest[]; meetingDate: string }) {
  const [settings] = useLoad((signal) => api.call('getOrganisationSettings', { signal }), [api]);
  if (settings.status !== 'ready') return null;
  const shortfalls = findAgendaShortfalls(requests, settings.data, meetingDate, new Date().toISOString().slice(0, 10));
  if (shortfalls.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="forward-plan-warnings">
      <MessageBarBody>
        <MessageBarTitle>{shortfalls.length === 1 ? 'A key decision lacks forward plan notice' : `${shortfalls.length} key decisions lack forward plan notice`}</MessageBarTitle>
        <ul>
          {shortfalls.map((shortfall) => (
            <li key={shortfall.requestId}>{`${shortfall.requestId} ${shortfall.title}: ${shortfall.message}`}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
