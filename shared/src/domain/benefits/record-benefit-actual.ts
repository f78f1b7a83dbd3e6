import { financialYearOf } from '../actions/financial-year';
import { commitChange } from '../context/commit-change';
import { actorOf, buildAuditEvent, type DomainContext } from '../context/domain-context';
import { appErrors } from '../errors/app-error';
import { formatPounds } from '../formatting/format-values';
import { can } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { canReadRequest } from '../identity/can-read-request';
import type { Versioned } from '../ports/versioned';
import { parseInput } from '../validation/parse-input';
import { actualFinancialYears, checkActualFinancialYear } from './actual-financial-years';
import { recordActualSchema, type Benefit, type BenefitActual, type BenefitReview, type RecordActualInput } from './benefit';

/** Which review an actual answers: the one named, else the earliest still open (due ones first by date). */
function chooseReview(reviews: Versioned<BenefitReview>[], reviewId: string | undefined, where: string): Versioned<BenefitReview> {
  if (reviewId) {
    const named = reviews.find((record) => record.value.id === reviewId);
    if (!named) throw appErrors.validation([{ field: 'reviewId', message: `${where} has no review ${reviewId}.` }]);
    return named;
  }
  const open = reviews.filter((record) => !record.value.actual).sort((a, b) => a.value.dueOn.localeCompare(b.value.dueOn));
  if (open.length === 0) {
    throw appErrors.ruleViolation(`Every review of ${where} has its figures. To correct one, name it (reviewId).`, [{ field: 'reviewId', message: 'Name the review to correct.' }]);
  }
  return open[0]!;
}

/** The figures that fit the benefit's kind; anything else is refused by name. */
function figuresFor(benefit: Benefit, input: RecordActualInput, review: BenefitReview, today: string): Pick<BenefitActual, 'amount' | 'financialYear' | 'value'> {
  if (benefit.kind === 'cashable') {
    const financialYear = input.financialYear ?? defaultFinancialYear(benefit, review, today);
    const yearProblem = checkActualFinancialYear(benefit, financialYear, today);
    const errors = [
      ...(input.amount === undefined ? [{ field: 'amount', message: 'Give the saving realised, in whole pounds (0 if none).' }] : []),
      ...(input.value !== undefined ? [{ field: 'value', message: 'This benefit is a saving: give an amount in pounds, not a measured value.' }] : []),
      ...(yearProblem ? [{ field: 'financialYear', message: yearProblem }] : []),
    ];
    if (errors.length > 0) throw appErrors.validation(errors);
    return { amount: input.amount!, financialYear };
  }
  const errors = [
    ...(input.value === undefined ? [{ field: 'value', message: `Give the value measured, in ${benefit.unit}.` }] : []),
    ...(input.amount !== undefined || input.financialYear !== undefined ? [{ field: 'amount', message: 'This benefit is a measure: give the value measured, not an amount in pounds.' }] : []),
  ];
  if (errors.length > 0) throw appErrors.validation(errors);
  return { value: input.value! };
}

/** The year a saving is recorded for when none is named: the year the review fell due (or this year, if earlier), kept within the years open to record. */
function defaultFinancialYear(benefit: Extract<Benefit, { kind: 'cashable' }>, review: BenefitReview, today: string): string {
  const year = financialYearOf(review.dueOn < today ? review.dueOn : today);
  const range = actualFinancialYears(benefit, today);
  if (!range) return benefit.fromYear;
  return year < range.first ? range.first : year > range.last ? range.last : year;
}

/**
 * Records the actual figures of one benefit at a post-implementation review. The benefit's owner
 * may record their own; ICT and administrators any. Recording again on the same review replaces
 * its figures (the audit trail keeps each). Written with the request's audit event in one
 * transaction, conditional on the review's version.
 */
export async function recordBenefitActual(
  context: DomainContext,
  principal: Principal,
  target: { requestId: string; benefitId: string },
  input: unknown,
): Promise<Versioned<BenefitReview>> {
  const parsed = parseInput(recordActualSchema, input);
  const organisationId = principal.organisationId;
  const request = (await context.repos.requests.get(organisationId, target.requestId))?.value;
  const benefit = request?.benefits?.[target.benefitId];
  const mayRecord = can(principal, 'benefits:record') || (benefit?.owner.id === principal.id && can(principal, 'benefits:record-own'));
  if (!request || !benefit || !mayRecord) {
    if (request && benefit && canReadRequest(principal, request)) throw appErrors.forbidden('Only the benefit’s owner, ICT or an administrator can record its actual figures.');
    throw appErrors.notFound(`Benefit ${target.benefitId} of ${target.requestId}`);
  }
  const where = `${benefit.description} (${request.id})`;
  const reviews = (await context.repos.benefitReviews.list(organisationId, request.id)).filter((record) => record.value.benefitId === target.benefitId);
  if (reviews.length === 0) {
    throw appErrors.ruleViolation(`${request.id} has not closed yet: actual figures are recorded at its post-implementation reviews, which are scheduled when it closes.`);
  }
  const chosen = chooseReview(reviews, parsed.reviewId, where);
  const now = context.now();
  const actual: BenefitActual = { ...figuresFor(benefit, parsed, chosen.value, now.slice(0, 10)), ...(parsed.comment ? { comment: parsed.comment } : {}), recordedBy: actorOf(principal), recordedAt: now };
  const next: BenefitReview = { ...chosen.value, actual };
  const figure = actual.amount !== undefined ? `${formatPounds(actual.amount)} in ${actual.financialYear}` : `${actual.value} ${benefit.kind === 'measure' ? benefit.unit : ''}`.trim();
  const event = buildAuditEvent(context, principal, 'request', request.id, 'benefit_actual_recorded', `${chosen.value.label} of “${benefit.description}”: ${figure}`, [
    { field: `benefits.${target.benefitId}.${chosen.value.id}`, from: chosen.value.actual ?? null, to: actual },
  ], now);
  const collection = context.repos.benefitReviews;
  const write = collection.replaceOp(next, chosen.etag);
  const committed = await commitChange(context, organisationId, [write, context.repos.audit.createOp(event)], 'benefit review', () =>
    collection.getIn(organisationId, [request.id], chosen.value.id),
  );
  return { value: next, etag: committed.etagOf(write) };
}
