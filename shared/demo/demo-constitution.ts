import { addDays, dayOfWeek, isoDateOf } from '../src/domain/constitution/calendar-days';
import type { ConstitutionSettings } from '../src/domain/constitution/constitution-settings';
import type { RoutedRequest } from '../src/domain/constitution/decision-route';
import { DEMO_ORGANISATIONS } from './demo-users';

/** The `nth` given weekday (0 Sunday … 6 Saturday) of every month from October 2026 to December 2028. */
function monthlyDates(weekday: number, nth: number): string[] {
  const dates: string[] = [];
  for (let month = 0; month < 27; month += 1) {
    const first = isoDateOf(2026, 10 + month, 1);
    dates.push(addDays(first, ((weekday - dayOfWeek(first) + 7) % 7) + (nth - 1) * 7));
  }
  return dates;
}

/**
 * The demo councils' constitutions. Ashcombe: the Head of ICT and Digital up to £25,000, the
 * Digital Group up to £200,000, Cabinet above; key decisions from £100,000. Fenwick and Marsh Vale:
 * the Head of Shared ICT up to £30,000, the Partnership Board up to £150,000, the Joint ICT
 * Committee above; key decisions from £250,000. Both: two wards, 28 clear (calendar) days.
 */
export const DEMO_CONSTITUTIONS: Record<string, ConstitutionSettings> = {
  [DEMO_ORGANISATIONS.ashcombe.id]: {
    delegation: [
      { decisionMaker: 'Head of ICT and Digital', kind: 'officer', upTo: 25_000 },
      { decisionMaker: 'Digital Group', kind: 'steering_group', upTo: 200_000 },
      { decisionMaker: 'Cabinet', kind: 'member_body' },
    ],
    wholeLifeYears: 5,
    keyDecision: { moneyThreshold: 100_000, wardsThreshold: 2 },
    forwardPlan: { noticeClearDays: 28, count: 'calendar' },
    forums: [
      // Second Wednesday (the demo meeting of 9 December 2026 among them) and third Wednesday.
      { name: 'Digital Group', meetingDates: monthlyDates(3, 2) },
      { name: 'Cabinet', meetingDates: monthlyDates(3, 3) },
    ],
  },
  [DEMO_ORGANISATIONS.fenwickMarsh.id]: {
    delegation: [
      { decisionMaker: 'Head of Shared ICT', kind: 'officer', upTo: 30_000 },
      { decisionMaker: 'Partnership Board', kind: 'steering_group', upTo: 150_000 },
      { decisionMaker: 'Joint ICT Committee', kind: 'member_body' },
    ],
    wholeLifeYears: 5,
    keyDecision: { moneyThreshold: 250_000, wardsThreshold: 2 },
    forwardPlan: { noticeClearDays: 28, count: 'calendar' },
    forums: [
      { name: 'Partnership Board', meetingDates: monthlyDates(4, 1) },
      { name: 'Joint ICT Committee', meetingDates: monthlyDates(2, 4) },
    ],
  },
};

/**
 * ICT's triage assessment of demo requests, by title: the telephony replacement goes to Cabinet;
 * the finance upgrade is a key decision with notice in time for the December Digital Group, the
 * homelessness system is one without (its agenda item is flagged); the shared planning portal is
 * key because it affects every ward of both councils.
 */
const DEMO_ROUTING: Record<string, Pick<RoutedRequest, 'wardsAffected' | 'forwardPlanNoticeOn'>> = {
  'Customer contact centre telephony replacement': { wardsAffected: 0, forwardPlanNoticeOn: '2026-11-04' },
  'Finance system upgrade to supported version': { wardsAffected: 0, forwardPlanNoticeOn: '2026-10-20' },
  'Homelessness case management system': { wardsAffected: 1 },
  'Electoral registration canvass automation': { wardsAffected: 0 },
  'Shared planning portal for both councils': { wardsAffected: 14, forwardPlanNoticeOn: '2026-11-16' },
};

/** The demo routing fields for a request, by its title (none for most). */
export function demoRoutingFor(title: string): Pick<RoutedRequest, 'wardsAffected' | 'forwardPlanNoticeOn'> {
  return DEMO_ROUTING[title] ?? {};
}
