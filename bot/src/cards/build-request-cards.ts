import type { AuditEvent } from '@entrance-hall/shared/domain/audit/audit-event';
import { OUTCOME_LABELS } from '@entrance-hall/shared/domain/decisions/decision';
import type { RequestNotification } from '@entrance-hall/shared/domain/notifications/request-notification';
import type { ProjectRequest } from '@entrance-hall/shared/domain/requests/project-request';
import { OPEN_STAGES, STAGE_LABELS, type Stage } from '@entrance-hall/shared/domain/requests/stage';
import type { DecisionRoute } from '@entrance-hall/shared/domain/constitution/decision-route';
import { actionButton, buildCard, heading, labelledValue, note, section, userText, type AdaptiveCardJson, type CardElement } from './card-json';
import { CARD_VERBS } from './card-verbs';
import { formatLongDate, formatDateTime } from '@entrance-hall/shared/domain/formatting/format-values';

/** How many requests "My requests" lists; the rest are counted. */
export const MY_REQUESTS_LIMIT = 15;

/** The officer's requests with their stage and last change, newest first. */
export function buildMyRequestsCard(requests: readonly ProjectRequest[]): AdaptiveCardJson {
  if (requests.length === 0) {
    return buildCard([heading('My requests'), note('You have not submitted any requests yet.')], [actionButton(CARD_VERBS.startIntake, 'Start a request', {}, { validate: false, style: 'positive' })]);
  }
  const shown = requests.slice(0, MY_REQUESTS_LIMIT);
  const body: CardElement[] = [heading('My requests'), note(`${requests.length} request${requests.length === 1 ? '' : 's'}, newest first.`, { subtle: true })];
  for (const request of shown) {
    body.push(
      section([
        note(`**${request.id}**: ${STAGE_LABELS[request.stage]}`),
        userText(request.title),
        note(`Last change ${formatDateTime(request.updatedAt)}`, { subtle: true }),
        { type: 'ActionSet', actions: [actionButton(CARD_VERBS.requestStatus, `History of ${request.id}`, { reference: request.id }, { validate: false })] },
      ]),
    );
  }
  if (requests.length > shown.length) body.push(note(`${requests.length - shown.length} older requests are not shown; ask for one with "status EH-…".`, { subtle: true }));
  return buildCard(body);
}

/** Stages in which who decides is still news to the officer. */
const OPEN_FOR_ROUTE: readonly Stage[] = OPEN_STAGES;

/** One request: where it stands, who decides it (while undecided) and its history, oldest first. */
export function buildRequestStatusCard(request: ProjectRequest, history: readonly AuditEvent[], route?: Pick<DecisionRoute, 'summary'>): AdaptiveCardJson {
  const body: CardElement[] = [
    heading(`${request.id}: ${STAGE_LABELS[request.stage]}`),
    userText(request.title, { weight: 'Bolder' }),
    labelledValue('Submitted', formatDateTime(request.submittedAt)),
    labelledValue('Needed by', formatLongDate(request.neededBy)),
    ...(route && OPEN_FOR_ROUTE.includes(request.stage) ? [labelledValue('Who decides', route.summary)] : []),
    heading('History'),
  ];
  for (const event of history.slice(-20)) {
    body.push(section([userText(`${formatDateTime(event.at)}, ${event.actor.name}`, { italic: true }), userText(event.summary)], { separator: false }));
  }
  return buildCard(body, [actionButton(CARD_VERBS.myRequests, 'My requests', {}, { validate: false })]);
}

/** The proactive message when the steering group decides or the request moves. */
/** What a requester can expect after their request reaches each stage. */
const WHAT_HAPPENS_NEXT: Record<Stage, string> = {
  submitted: 'An ICT business partner will look at it and contact you, usually within 10 working days.',
  triage: 'An ICT business partner is checking it with you: expect questions about costs, timing and the systems involved. It is then scored against the strategy.',
  ready_for_decision: 'It goes to the next steering group meeting for a decision. I will tell you the outcome and the reason.',
  approved: 'ICT will plan it into the quarter shown on the board and contact you to agree a start date.',
  in_delivery: 'The delivery team will keep you updated. Tell ICT early if the need or the deadline changes.',
  closed: 'Nothing more is needed from you. Say "new request" if something else comes up.',
  deferred: 'It will come back to the steering group later. If anything changes (a deadline, a cost), tell your ICT business partner.',
  rejected: 'The reason is above. Talk to your ICT business partner if you want to change the proposal and put it forward again.',
  withdrawn: 'Nothing more will happen with it. Say "new request" to propose something else.',
};

export function buildNotificationCard(notification: RequestNotification): AdaptiveCardJson {
  const headline = notification.outcome
    ? `${notification.requestId}: ${OUTCOME_LABELS[notification.outcome]}`
    : `${notification.requestId} moved to ${STAGE_LABELS[notification.toStage]}`;
  const body: CardElement[] = [heading(headline), userText(notification.requestTitle, { weight: 'Bolder' })];
  body.push(labelledValue('Stage', `${STAGE_LABELS[notification.fromStage]} → ${STAGE_LABELS[notification.toStage]}`));
  if (notification.reason) body.push(labelledValue('Reason', notification.reason));
  if (notification.conditions) body.push(labelledValue('Conditions', notification.conditions));
  body.push(labelledValue('By', notification.changedBy.name));
  body.push(heading('What happens next'), note(WHAT_HAPPENS_NEXT[notification.toStage]));
  return buildCard(body, [actionButton(CARD_VERBS.requestStatus, `Open ${notification.requestId}`, { reference: notification.requestId }, { validate: false })]);
}

/** Something went wrong: what happened in plain words, and (when true) that the draft is safe. */
export function buildProblemCard(message: string, options: { draftSafe?: boolean } = {}): AdaptiveCardJson {
  const body: CardElement[] = [heading('That did not work'), userText(message)];
  if (options.draftSafe) body.push(note('Your draft is safe: everything you saved before is kept. Try again in a moment.'));
  return buildCard(body, [
    ...(options.draftSafe ? [actionButton(CARD_VERBS.startIntake, 'Back to my request', {}, { validate: false })] : []),
    actionButton(CARD_VERBS.help, 'Help', {}, { validate: false }),
  ]);
}
