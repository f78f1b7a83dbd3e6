import type { TableFrame } from '../../domain/reports/build-report-tables';
import type { ReportTable } from '../../domain/reports/report-table';
import type { BenefitReview, BusinessCaseBenefits } from '../benefit';
import { buildBenefitsOverview, type BenefitsOverview } from '../build-benefits-overview';
import { buildBenefitsRealisationTable } from '../build-benefits-realisation-table';
import { scheduleBenefitReviews } from '../schedule-benefit-reviews';

/** Text a user could type that would break XML or HTML if it were not escaped. */
const HOSTILE = `Tom & Jerry's "<script>alert(1)</script>" ]]> <w:p>`;
const owner = { id: 'u1', name: `Priya ${HOSTILE}` };

/** A closed project with a saving partly recorded, a measure met, a saving not yet known, and a review overdue. */
export function buildBenefitsOverviewFixture(today = '2026-11-22'): BenefitsOverview {
  const benefits: BusinessCaseBenefits = {
    B1: { kind: 'cashable', description: `Print contract ${HOSTILE}`, owner, reviewDate: '2026-01-01', amountPerYear: 18_000, fromYear: '2025/26' },
    B2: { kind: 'measure', description: 'Paid without cash', owner, reviewDate: '2026-01-01', unit: '% of payments', baseline: 35, target: 80 },
    B3: { kind: 'cashable', description: 'Postage', owner, reviewDate: '2026-01-01', amountPerYear: 4_000, fromYear: '2026/27' },
  };
  const request = { id: 'EH-2025-0003', organisationId: 'org-a', title: `Cashless parking ${HOSTILE}`, stage: 'closed' as const, serviceArea: 'Parking', benefits };
  const actuals: Record<string, BenefitReview['actual']> = {
    'B1.m6': { amount: 16_500, financialYear: '2025/26', recordedBy: owner, recordedAt: '2026-03-20T10:00:00Z', comment: HOSTILE },
    'B2.m6': { value: 84, recordedBy: owner, recordedAt: '2026-03-20T10:00:00Z' },
  };
  const reviews = scheduleBenefitReviews(request, '2025-09-15').map((review) => (actuals[review.id] ? { ...review, actual: actuals[review.id] } : review));
  const planned = { id: 'EH-2026-0010', organisationId: 'org-a', title: 'Cloud migration', stage: 'in_delivery' as const, serviceArea: 'ICT',
    benefits: { B1: { kind: 'cashable', description: 'Hosting ended', owner, reviewDate: '2028-06-30', amountPerYear: 30_000, fromYear: '2027/28' } } as BusinessCaseBenefits };
  return buildBenefitsOverview([request, planned], reviews, today);
}

/** The committee table built from the fixture overview. */
export function buildBenefitsRealisationFixture(frame: TableFrame): ReportTable {
  return buildBenefitsRealisationTable(frame, buildBenefitsOverviewFixture(frame.asAt.slice(0, 10)));
}
