import { formatLongDate } from '@entrance-hall/shared/domain/formatting/format-values';
import type { Person, RequestFieldName } from '@entrance-hall/shared/domain/requests/project-request';
import { buildReviewCard } from '../cards/build-intake-cards';
import type { AdaptiveCardJson } from '../cards/card-json';
import type { NeedDescription } from '../language/read-need';
import { businessMetrics } from '@entrance-hall/shared/domain/metrics/business-metrics';
import { describeResume } from './describe-resume';
import { hasAnswers, type IntakeDraft } from './intake-draft';
import { setAside } from './set-aside-draft';
import type { Turn } from './turn';
import { viewDraft } from './view-draft';

/** The officer as the request will name them: the directory's profile where there is one. */
export async function requesterOf(turn: Turn): Promise<Person> {
  const { principal, user } = turn;
  const profile = await turn.tools.directory.getProfile(user.aadObjectId, user.tenantId).catch(() => undefined);
  return {
    id: user.aadObjectId,
    name: profile?.displayName ?? user.name,
    ...(profile?.mail ? { email: profile.mail } : principal.email ? { email: principal.email } : {}),
    ...(profile?.department ? { department: profile.department } : {}),
    ...(profile?.jobTitle ? { jobTitle: profile.jobTitle } : {}),
  };
}

/**
 * Opens the intake: the open draft where it was left, or a new one. `description` is what the
 * officer's first sentence already said; `fresh` sets any open draft aside ("start again").
 */
export async function startIntake(turn: Turn, how: { description?: NeedDescription; fresh?: boolean } = {}): Promise<AdaptiveCardJson> {
  const { context } = turn.tools;
  const current = turn.officer.draft;
  const { options } = await turn.tools.settingsOf(turn.principal.organisationId);
  let notice: string | undefined;
  if (current && current.status === 'open') {
    if (!how.fresh && (hasAnswers(current) || !how.description)) {
      const welcomeBack = `${describeResume(current)}${how.description ? ' Finish this one first, or say "start again" to begin the new one (this one is kept).' : ''}`;
      return current.step === 'review' ? buildReviewCard(current, options) : viewDraft(current, options, [], welcomeBack);
    }
    if (hasAnswers(current)) {
      await setAside(turn, current);
      notice = 'Starting again. Your earlier answers are kept for 30 days: say "restore my last draft" to get them back.';
    }
  }
  const requester = await requesterOf(turn);
  const now = context.now();
  // The directory knows the officer's department: offer it as the service area.
  const form: Record<string, string> = requester.department && options.serviceAreas.includes(requester.department) ? { serviceArea: requester.department } : {};
  const prefilled: RequestFieldName[] = [];
  if (how.description) {
    form.title = how.description.title;
    form.problem = how.description.problem;
    prefilled.push('title', 'problem');
    if (how.description.neededBy) {
      form.neededBy = formatLongDate(how.description.neededBy);
      prefilled.push('neededBy');
    }
    if (form.serviceArea) prefilled.push('serviceArea');
  }
  const draft: IntakeDraft = {
    id: context.newId(),
    organisationId: turn.principal.organisationId,
    requester,
    step: 'need',
    form,
    answers: {},
    completedSteps: [],
    status: 'open',
    ...(prefilled.length > 0 ? { prefilled } : {}),
    startedAt: now,
    updatedAt: now,
  };
  await turn.officer.saveDraft(draft);
  businessMetrics.intakeStarted();
  return viewDraft(draft, options, [], notice);
}
