import fc from 'fast-check';
import type { ProjectRequest } from '../src/domain/requests/project-request';
import { reviewState } from '../src/domain/benefits/assess-benefit';
import { buildDemoOrganisations } from './demo-data';
import { demoBenefitFields, demoBenefitReviews } from './demo-benefits';

/** Each council's demo requests with their business-case benefits, as the seed builds them. */
const councils = buildDemoOrganisations().map((demo) => ({
  organisationId: demo.organisation.id,
  requests: demo.requests.map((request, index) => ({
    id: `EH-2026-${String(index + 1).padStart(4, '0')}`,
    organisationId: demo.organisation.id,
    title: request.fields.title,
    ...demoBenefitFields(demo.organisation.id, request.fields.title),
  })) as unknown as ProjectRequest[],
}));

/** Reviews the bot will ask for when it starts: fallen due, no figures, no card sent yet. */
const leftToAsk = (requests: ProjectRequest[], seededOn: string) =>
  demoBenefitReviews(requests, seededOn).filter((review) => !review.actual && !review.reminderQueuedAt && reviewState(review, seededOn) !== 'not_due');

describe('the demo’s benefits reviews on first start', () => {
  it('seeded on 30 November 2026, the owners of the reviews due in November get the card; overdue ones count as asked and flagged', () => {
    const [ashcombe, fenwick] = councils;
    const names = (requests: ProjectRequest[]) => leftToAsk(requests, '2026-11-30').map((review) => `${review.owner.name}: ${review.benefitDescription} (${review.label}, due ${review.dueOn})`);
    expect(names(ashcombe!.requests)).toEqual([
      'Sarah Lewis: Time to publish committee papers (6-month review, due 2026-11-20)',
      'Priya Shah: Printed agenda packs stopped (6-month review, due 2026-11-20)',
    ]);
    expect(names(fenwick!.requests)).toEqual([
      'Claire Bennett: Two telephony contracts replaced by one (12-month review, due 2026-11-03)',
      'Aled Jones: Calls answered within 60 seconds (12-month review, due 2026-11-03)',
    ]);
    const parking = demoBenefitReviews(ashcombe!.requests, '2026-11-30').find((review) => review.requestTitle === 'Cashless parking payments' && review.id === 'B1.m12')!;
    expect(parking).toMatchObject({ reminderQueuedAt: '2026-09-15T08:00:00.000Z', overdueFlaggedAt: '2026-10-14T08:00:00.000Z' });
  });

  it('property: whenever the demo is first started (from when each council has a review without figures due, 15 September 2026), each council has a review the bot will ask for', () => {
    const day = fc.date({ min: new Date('2026-09-15T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (seededOn) => {
        for (const council of councils) expect(leftToAsk(council.requests, seededOn).length).toBeGreaterThan(0);
      }),
    );
  });
});
