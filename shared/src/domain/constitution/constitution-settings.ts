import { z } from 'zod';
import { isoDate, money, requiredText, wholeNumber } from '../validation/fields';
import { NOTICE_DAY_COUNTS, type NoticeDayCount } from './forward-plan-dates';

/** Who a level of the scheme of delegation is: a named officer, the ICT steering group, or a member body (Cabinet, a committee). */
export const DECISION_MAKER_KINDS = ['officer', 'steering_group', 'member_body'] as const;
export type DecisionMakerKind = (typeof DECISION_MAKER_KINDS)[number];

export const DECISION_MAKER_KIND_LABELS: Record<DecisionMakerKind, string> = {
  officer: 'Officer under delegated powers',
  steering_group: 'ICT steering group',
  member_body: 'Member body (Cabinet or a committee)',
};

/** One rung of the scheme of delegation: who may approve a request up to what whole-life cost. */
export interface DelegationLevel {
  /** The post ("Head of ICT and Digital") or, for a group or body, the forum's name ("Cabinet"). */
  decisionMaker: string;
  kind: DecisionMakerKind;
  /** Highest whole-life cost, in pounds and inclusive, this level may approve; absent on the top level. */
  upTo?: number;
}

/** A forum that takes decisions, with the dates it meets on. */
export interface Forum {
  name: string;
  meetingDates: string[];
}

/**
 * The parts of the constitution Entrance Hall routes decisions by: the scheme of delegation, what
 * makes a key decision, the forward-plan notice period and the forums with their meeting dates.
 */
export interface ConstitutionSettings {
  /** The lowest rung first; costs rise strictly and only the last rung has no limit. */
  delegation: DelegationLevel[];
  /** Years of revenue cost counted with the capital cost in a request's whole-life cost. */
  wholeLifeYears: number;
  keyDecision: {
    /** A whole-life cost at or above this is a key decision. */
    moneyThreshold: number;
    /** A significant effect on this many wards or more is a key decision. */
    wardsThreshold: number;
  };
  forwardPlan: { noticeClearDays: number; count: NoticeDayCount };
  forums: Forum[];
}

/**
 * The shortest forward-plan notice the settings accept. England's 2012 Regulations (reg. 9) require
 * 28 clear days; a lower figure is allowed for councils under other rules (Wales, a committee system
 * that adopts key decisions voluntarily), but never none.
 */
export const MIN_NOTICE_CLEAR_DAYS = 1;

/** As stored: one record per organisation, with who changed it last. */
export interface StoredConstitutionSettings extends ConstitutionSettings {
  id: 'constitution';
  organisationId: string;
  updatedAt: string;
  updatedBy?: { id: string; name: string };
}

const delegationLevelSchema = z
  .object({
    decisionMaker: requiredText('Decision maker', 120),
    kind: z.enum(DECISION_MAKER_KINDS, { error: `Kind must be one of: ${DECISION_MAKER_KINDS.join(', ')}.` }),
    upTo: money('Approval limit').optional(),
  })
  .strict();

const forumSchema = z
  .object({
    name: requiredText('Forum name', 120),
    meetingDates: z.array(isoDate('Meeting date'), { error: 'Meeting dates must be a list of dates.' }).max(60, { error: 'A forum can list at most 60 meeting dates.' }),
  })
  .strict();

/** The body of `PUT /api/v1/organisation/settings`: the whole settings, checked as one. */
export const constitutionSettingsSchema = z
  .object({
    delegation: z.array(delegationLevelSchema, { error: 'The scheme of delegation must be a list.' }).min(1, { error: 'The scheme of delegation needs at least one level.' }).max(10, { error: 'The scheme of delegation can have at most 10 levels.' }),
    wholeLifeYears: wholeNumber('Years of revenue cost in the whole-life cost', 1, 25),
    keyDecision: z
      .object({ moneyThreshold: money('Key decision threshold'), wardsThreshold: wholeNumber('Wards for a key decision', 1, 200) }, { error: 'Key decision tests are required (money threshold and wards).' })
      .strict(),
    forwardPlan: z
      .object({
        noticeClearDays: wholeNumber('Forward plan notice (clear days)', MIN_NOTICE_CLEAR_DAYS, 120),
        count: z.enum(NOTICE_DAY_COUNTS, { error: `Count must be one of: ${NOTICE_DAY_COUNTS.join(', ')}.` }),
      }, { error: 'The forward plan notice is required (clear days and how they are counted).' })
      .strict(),
    forums: z.array(forumSchema, { error: 'Forums must be a list.' }).max(20, { error: 'At most 20 forums.' }),
  })
  .strict()
  .superRefine((settings, context) => {
    const forumNames = settings.forums.map((forum) => forum.name);
    settings.forums.forEach((forum, index) => {
      if (forumNames.indexOf(forum.name) !== index) context.addIssue({ code: 'custom', path: ['forums', index, 'name'], message: `${forum.name} is listed twice.` });
    });
    settings.delegation.forEach((level, index) => {
      const last = index === settings.delegation.length - 1;
      const previous = settings.delegation[index - 1]?.upTo;
      if (!last && level.upTo === undefined) context.addIssue({ code: 'custom', path: ['delegation', index, 'upTo'], message: `Give ${level.decisionMaker} a limit: only the top level has none.` });
      if (last && level.upTo !== undefined) context.addIssue({ code: 'custom', path: ['delegation', index, 'upTo'], message: `The top level (${level.decisionMaker}) has no limit: someone must be able to decide any request.` });
      if (level.upTo !== undefined && previous !== undefined && level.upTo <= previous) context.addIssue({ code: 'custom', path: ['delegation', index, 'upTo'], message: `${level.decisionMaker}'s limit must be higher than the level below it.` });
      if (level.kind !== 'officer' && !forumNames.includes(level.decisionMaker)) context.addIssue({ code: 'custom', path: ['delegation', index, 'decisionMaker'], message: `${level.decisionMaker} is not one of the forums: add it with its meeting dates.` });
    });
    if (settings.delegation.filter((level) => level.kind === 'steering_group').length !== 1) {
      context.addIssue({ code: 'custom', path: ['delegation'], message: 'The scheme of delegation needs exactly one ICT steering group level.' });
    }
  });

/**
 * The settings an organisation starts with until an administrator changes them: Head of ICT up to
 * £25,000, the steering group up to £250,000, Cabinet above; key decisions from £200,000 or two
 * wards; 28 clear (calendar) days' notice, as the 2012 Regulations count them.
 */
export function defaultConstitutionSettings(steeringGroup: string, headOfIct = 'Head of ICT'): ConstitutionSettings {
  return {
    delegation: [
      { decisionMaker: headOfIct, kind: 'officer', upTo: 25_000 },
      { decisionMaker: steeringGroup, kind: 'steering_group', upTo: 250_000 },
      { decisionMaker: 'Cabinet', kind: 'member_body' },
    ],
    wholeLifeYears: 5,
    keyDecision: { moneyThreshold: 200_000, wardsThreshold: 2 },
    forwardPlan: { noticeClearDays: 28, count: 'calendar' },
    forums: [
      { name: steeringGroup, meetingDates: [] },
      { name: 'Cabinet', meetingDates: [] },
    ],
  };
}
