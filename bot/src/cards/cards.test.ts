import { INTAKE_STEPS } from '@entrance-hall/shared/domain/intake/intake-steps';
import type { AuditEvent } from '@entrance-hall/shared/domain/audit/audit-event';
import type { RequestNotification } from '@entrance-hall/shared/domain/notifications/request-notification';
import type { ProjectRequest } from '@entrance-hall/shared/domain/requests/project-request';
import type { IntakeDraft, IntakeOptions } from '../conversation/intake-draft';
import { cardInputs, cardText } from '../../../shared/testing/playground/card-reading';
import { buildCancelledIntakeCard, buildConfirmStopCard, buildConfirmationCard, buildIntakeStepCard, buildReviewCard, buildSubmittedIntakeCard } from './build-intake-cards';
import { buildMyRequestsCard, buildNotificationCard, buildProblemCard, buildRequestStatusCard } from './build-request-cards';
import { buildHelpCard, buildServiceDeskCard, buildTalkToPersonCard, buildWelcomeCard } from './build-welcome-cards';
import type { AdaptiveCardJson } from './card-json';
import { findCardProblems } from './validate-card';

const HOSTILE = '**Urgent** [click me](http://evil.example) <b>x</b> _y_';
const LONG = 'x'.repeat(4000);

const options: IntakeOptions = {
  serviceAreas: ['Revenues and Benefits', 'Housing'],
  partnerCouncils: ['Fenwick', 'Marsh'],
  themes: [
    { id: 'workforce', title: 'Enabling a modern and flexible workforce' },
    { id: 'information', title: 'Information management' },
  ],
  corporatePriorities: [{ id: 'cp-council', title: 'An efficient and modern council' }],
};

function makeRequest(overrides: Partial<ProjectRequest> = {}): ProjectRequest {
  return {
    id: 'EH-2026-0042',
    organisationId: 'ashcombe',
    title: HOSTILE,
    serviceArea: 'Housing',
    sponsor: HOSTILE,
    problem: LONG,
    proposedOutcome: LONG,
    whoIsAffected: LONG,
    themeIds: ['workforce'],
    corporatePriorityId: 'cp-council',
    statutoryDriver: LONG.slice(0, 1000),
    statutoryDeadline: '2027-01-31',
    cashableSavings: 12000,
    nonCashableBenefits: LONG,
    capitalCost: 25000,
    revenueCost: 4000,
    ictEffortDays: 40,
    neededBy: '2027-06-30',
    systemsTouched: Array.from({ length: 30 }, (_, index) => `System ${index} ${'y'.repeat(150)}`),
    systemsReplaced: [],
    personalData: true,
    dataProtectionNotes: LONG,
    keyRisks: LONG,
    dependencies: [HOSTILE],
    partnerCouncils: ['Fenwick'],
    requester: { id: 'u1', name: HOSTILE },
    stage: 'submitted',
    stageChangedAt: '2026-11-20T10:00:00.000Z',
    submittedAt: '2026-11-20T10:00:00.000Z',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...overrides,
  };
}

function makeDraft(): IntakeDraft {
  const { id: _id, organisationId: _org, requester, stage: _stage, stageChangedAt: _changed, submittedAt: _submitted, createdAt: _created, updatedAt: _updated, ...answers } = makeRequest();
  const form = Object.fromEntries(Object.entries(answers).map(([key, value]) => [key, Array.isArray(value) ? value.join('\n') : String(value)]));
  return { id: 'draft-1', organisationId: 'ashcombe', requester, step: 'review', form, answers, completedSteps: [...INTAKE_STEPS], status: 'open', startedAt: '', updatedAt: '' };
}

const history: AuditEvent[] = Array.from({ length: 30 }, (_, index) => ({
  id: `a${index}`,
  organisationId: 'ashcombe',
  entity: 'request',
  entityId: 'EH-2026-0042',
  kind: 'stage_changed',
  actor: { id: 'u2', name: 'Tom Reed' },
  at: '2026-11-21T10:00:00.000Z',
  summary: `Moved to Triage: ${HOSTILE}`,
  changes: [],
}));

const notification: RequestNotification = {
  id: 'n1',
  organisationId: 'ashcombe',
  requestId: 'EH-2026-0042',
  requestTitle: HOSTILE,
  requester: { id: 'u1', name: 'Priya Shah' },
  fromStage: 'ready_for_decision',
  toStage: 'approved',
  outcome: 'approve',
  reason: HOSTILE,
  conditions: LONG,
  changedBy: { id: 'u3', name: 'Helen Morris' },
  at: '2026-11-21T10:00:00.000Z',
  status: 'pending',
  attempts: 0,
};

const errors = [
  { field: 'title', message: 'Title is required.' },
  { field: 'themeIds.0', message: `"${HOSTILE}" is not a theme of the current strategy.` },
];

const CARDS: [string, AdaptiveCardJson][] = [
  ['welcome', buildWelcomeCard({ firstName: 'Priya', serviceDesk: { name: HOSTILE, phone: '01632 960 123', url: 'https://servicedesk.example' } })],
  ['not understood', buildWelcomeCard({ notUnderstood: true })],
  ['service desk', buildServiceDeskCard({ name: 'Desk', email: 'desk@example.gov.uk', url: 'https://desk.example' })],
  ['talk to a person', buildTalkToPersonCard()],
  ['help', buildHelpCard()],
  ...INTAKE_STEPS.map((step): [string, AdaptiveCardJson] => [`step ${step}`, buildIntakeStepCard({ ...makeDraft(), step }, step, options, errors, 'Welcome back')]),
  ['review', buildReviewCard(makeDraft(), options, errors)],
  ['submitted', buildSubmittedIntakeCard(makeRequest())],
  ['confirmation', buildConfirmationCard(makeRequest())],
  ['cancelled', buildCancelledIntakeCard()],
  ['confirm stop', buildConfirmStopCard(makeDraft())],
  ['my requests', buildMyRequestsCard(Array.from({ length: 40 }, (_, index) => makeRequest({ id: `EH-2026-${String(index).padStart(4, '0')}` })))],
  ['no requests', buildMyRequestsCard([])],
  ['status', buildRequestStatusCard(makeRequest(), history)],
  ['notification', buildNotificationCard(notification)],
  ['problem', buildProblemCard(HOSTILE, { draftSafe: true })],
];

/** Every element of a card, depth first. */
function elements(node: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const item of node) elements(item, found);
  else if (node && typeof node === 'object') {
    found.push(node as Record<string, unknown>);
    for (const value of Object.values(node)) elements(value, found);
  }
  return found;
}

describe.each(CARDS)('the %s card', (_name, card) => {
  it('is a valid Adaptive Card 1.5 under 100 KB', () => {
    expect(card.version).toBe('1.5');
    expect(findCardProblems(card)).toEqual([]);
  });

  it('labels every input', () => {
    for (const input of cardInputs(card).values()) expect(typeof input.label === 'string' && input.label.length > 0).toBe(true);
  });

  it('shows user text as typed: never inside markdown-rendering text', () => {
    for (const element of elements(card)) {
      if (element.type === 'TextBlock') expect(String(element.text)).not.toContain('[click me]');
      if (element.type === 'TextBlock') expect(String(element.text)).not.toContain('**Urgent**');
    }
  });

  it('gives every Universal Action a typed verb and an Action.Submit fallback with the same verb', () => {
    for (const action of elements(card).filter((element) => element.type === 'Action.Execute')) {
      expect(typeof action.verb).toBe('string');
      expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: action.verb } });
    }
  });
});

describe('intake cards', () => {
  it('keep what the officer typed, hostile or not, in the inputs', () => {
    const card = buildIntakeStepCard({ ...makeDraft(), step: 'need' }, 'need', options);
    expect(cardInputs(card).get('title')?.value).toBe(HOSTILE);
    expect(cardInputs(card).get('title')?.isRequired).toBe(true);
    expect(cardInputs(card).get('title')?.errorMessage).toBeTruthy();
  });

  it('show a hostile title on the review card exactly as typed, in a TextRun', () => {
    const card = buildReviewCard(makeDraft(), options);
    const runs = elements(card).filter((element) => element.type === 'TextRun').map((element) => element.text);
    expect(runs).toContain(HOSTILE);
    expect(cardText(card)).toContain('£25,000');
    expect(cardText(card)).toContain('Enabling a modern and flexible workforce');
  });

  it('ask for partner councils as free text when the organisation has no list of them', () => {
    const card = buildIntakeStepCard({ ...makeDraft(), step: 'money' }, 'money', { ...options, partnerCouncils: [] });
    expect(cardInputs(card).get('partnerCouncils')).toMatchObject({ type: 'Input.Text', isMultiline: true, value: 'Fenwick' });
    expect(findCardProblems(card)).toEqual([]);
  });

  it('put each problem directly under its field', () => {
    const card = buildIntakeStepCard({ ...makeDraft(), step: 'need' }, 'need', options, errors);
    const titleAt = card.body.findIndex((element) => element.id === 'title');
    expect(cardText(card.body[titleAt + 1])).toBe('Title is required.');
  });
});

describe('cards people can read', () => {
  it('say why each main question is asked, what themes mean, and what capital, revenue and cashable savings are', () => {
    const need = cardText(buildIntakeStepCard({ ...makeDraft(), step: 'need' }, 'need', options));
    expect(need).toContain('The steering group sees this first');
    const fit = cardText(buildIntakeStepCard({ ...makeDraft(), step: 'fit' }, 'fit', { ...options, themes: [{ id: 'workforce', title: 'Workforce', description: 'Staff work from anywhere', corporatePriorityIds: ['cp-council'] }] }));
    expect(fit).toContain('Workforce: Staff work from anywhere');
    expect(fit).toContain('An efficient and modern council: served by Workforce');
    const money = cardText(buildIntakeStepCard({ ...makeDraft(), step: 'money' }, 'money', options));
    expect(money).toContain('Capital: one-off spend');
    expect(money).toContain('Revenue: what it costs every year');
    expect(money).toContain('Cashable: money that actually leaves a budget');
  });

  it('keep Stop away from Next: Stop sits in the body and asks first', () => {
    const card = buildIntakeStepCard({ ...makeDraft(), step: 'need', completedSteps: [] }, 'need', options);
    expect((card.actions ?? []).map((action) => action.verb)).toEqual(['intake.next']);
    expect(JSON.stringify(card.body)).toContain('"verb":"intake.cancel"');
  });

  it('show figures not known as "Not known" on the review, never £0', () => {
    const draft = { ...makeDraft(), answers: { ...makeDraft().answers, capitalCost: undefined, ictEffortDays: undefined } };
    const text = cardText(buildReviewCard(draft, options));
    expect(text).toContain('Capital cost\nNot known');
    expect(text).toContain('ICT effort\nNot known');
    expect(text).not.toContain('£0');
  });

  it('tell the requester what happens next in a notification, with a button to open the request', () => {
    const card = buildNotificationCard(notification);
    expect(cardText(card)).toContain('What happens next');
    expect(JSON.stringify(card.actions)).toContain('requests.status');
  });
});

describe('findCardProblems', () => {
  it('catches what Teams would reject: unknown elements, unlabelled required inputs, duplicate ids, oversize cards', () => {
    const problems = findCardProblems({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Input.Text', id: 'a', isRequired: true }, { type: 'Input.Text', id: 'a', label: 'A' }, { type: 'Fancy' }, { type: 'TextBlock', text: 'z'.repeat(110 * 1024) }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'Required inputs should have a label',
        'Required inputs should have an error message',
        'Duplicate Id "a".',
        expect.stringContaining('Unknown element type "Fancy"'),
        expect.stringContaining('over 102400'),
      ]),
    );
  });
});
