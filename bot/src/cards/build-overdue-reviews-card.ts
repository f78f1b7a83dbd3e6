import { OVERDUE_AFTER_DAYS } from '@entrance-hall/shared/domain/benefits/assess-benefit';
import { formatLongDate } from '@entrance-hall/shared/domain/formatting/format-values';
import type { OverdueReviewLine } from '@entrance-hall/shared/domain/notifications/request-notification';
import { buildCard, heading, labelledValue, note, section, userText, type AdaptiveCardJson } from './card-json';

/** At most this many reviews are listed on one card (well under Teams' ~100 KB); the rest are counted. */
export const OVERDUE_REVIEWS_SHOWN = 40;

/**
 * ICT's notice of benefits reviews that have become overdue: for each, the request, the benefit,
 * its owner and when it was due (GOV.UK dates). Names and titles are user text (TextRuns).
 */
export function buildOverdueReviewsCard(lines: readonly OverdueReviewLine[]): AdaptiveCardJson {
  const count = lines.length === 1 ? 'One benefits review is' : `${lines.length} benefits reviews are`;
  const shown = lines.slice(0, OVERDUE_REVIEWS_SHOWN);
  const more = lines.length - shown.length;
  return buildCard([
    heading(lines.length === 1 ? 'Benefits review overdue' : 'Benefits reviews overdue'),
    note(`${count} more than ${OVERDUE_AFTER_DAYS} days past due with no figures recorded. Chase the owners, or record the figures for them in the Benefits view.`),
    ...shown.map((line) =>
      section([
        userText(`${line.requestId} ${line.requestTitle}`, { weight: 'Bolder' }),
        labelledValue('Benefit', line.benefitDescription),
        labelledValue('Owner', line.owner.name),
        labelledValue('Due', `${formatLongDate(line.dueOn)} (${line.label})`),
      ]),
    ),
    ...(more > 0 ? [note(`And ${more} more: the Benefits view lists every review owed.`)] : []),
    note('You are told once about each review. The Benefits view and the Word table keep showing it until its figures are recorded.', { subtle: true }),
  ]);
}
