import { ragForStatus } from '@entrance-hall/shared/domain/actions/rag';
import { formatMeasure } from '@entrance-hall/shared/domain/reports/build-targets-table';
import { targetStatus, type StrategyTarget } from '@entrance-hall/shared/domain/strategy/strategy-target';
import type { StrategyRecord } from '../api/api-types';
import { formatDate } from '../common/format';
import type { FormNotice } from '../common/use-form-submit';

/** Today in the person's own time zone, as YYYY-MM-DD (the date a measurement is usually taken). */
export const today = () => new Date().toLocaleDateString('en-CA');

/** A figure of a target with its date, as the targets table reads it ("121 (31 Oct 2026)"). */
export const measured = (value: number | undefined, date: string | undefined, target: StrategyTarget) => (value === undefined ? 'Not measured' : `${formatMeasure(value, target.unit)}${date ? ` (${formatDate(date)})` : ''}`);

/** A target's status in words ("Amber – at risk"). */
export const statusInWords = (target: StrategyTarget) => ragForStatus(targetStatus(target)).label;

/**
 * What a target form says when the strategy changed after it was opened (412): the strategy as it
 * is now is shown, the target as the other person left it is described, and the typing is kept.
 */
export function targetConflictNotice(
  current: unknown,
  targetId: string,
  onSaved: (saved: StrategyRecord) => void,
  wording: { what: string; describe: (target: StrategyTarget) => string; again: string },
): FormNotice {
  const theirs = current as StrategyRecord | undefined;
  const target = theirs?.targets?.find((candidate) => candidate.id === targetId);
  if (theirs) onSaved(theirs);
  return {
    intent: 'warning',
    title: `Someone else changed the strategy’s targets after you opened them, so your ${wording.what} was not saved.`,
    detail: `${target ? `${target.id} ${wording.describe(target)}. ` : ''}Your typing is kept: ${wording.again} if it still applies.`,
  };
}
