import { findDemoUser } from '../../../shared/demo/demo-users';
import { financialYearOf, formatFinancialYear } from '@entrance-hall/shared/domain/actions/financial-year';
import { validRequestBody } from '../../../shared/testing/bot/request-fixtures';
import { startTestServer, type TestServer } from '../../../shared/testing/bot/start-test-server';

const priya = findDemoUser('priya.shah')!;
const david = findDemoUser('david.okafor')!;
/** The financial year the server's clock is in: the latest a saving's actual can be recorded for. */
const thisYear = financialYearOf(new Date());
const nextYear = formatFinancialYear(Number(thisYear.slice(0, 4)) + 1);
const saving = { kind: 'cashable', description: 'Contact centre re-keying ended', owner: { id: priya.id, name: priya.name }, reviewDate: '2040-03-31', amountPerYear: 24000, fromYear: thisYear };
const measure = { kind: 'measure', description: 'Bookings made online', owner: { id: david.id, name: david.name }, reviewDate: '2026-12-31', unit: '% of bookings', baseline: 10, target: 70 };

/** Benefits realisation through the API: planned in the business case, reviewed after delivery, isolated per council. */
describe('benefits realisation API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const withEtag = (etag: string) => ({ 'If-Match': etag });

  async function closeRequest(id: string, startEtag: string): Promise<string> {
    let etag = startEtag;
    const move = async (to: string) => {
      const moved = await server.api('tom.reed', 'POST', `/api/v1/requests/${id}/stage`, { body: { to }, headers: withEtag(etag) });
      expect(moved.status).toBe(200);
      etag = moved.body.etag;
    };
    await move('triage');
    const ratings = { strategicFit: 4, benefits: 4, statutoryNeed: 1, riskOfNotDoing: 3, cost: 4, effort: 4, readiness: 5 };
    etag = (await server.api('tom.reed', 'PUT', `/api/v1/requests/${id}/score`, { body: { ratings, rationale: 'Quick win' }, headers: withEtag(etag) })).body.etag;
    await move('ready_for_decision');
    etag = (await server.api('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, { body: { outcome: 'approve', reason: 'Saves time' }, headers: withEtag(etag) })).body.request.etag;
    await move('in_delivery');
    await move('closed');
    return etag;
  }

  it('shows the demo councils’ closed projects: recorded, due and overdue reviews, unknown figures never 0', async () => {
    const overview = (await server.api('tom.reed', 'GET', '/api/v1/benefits')).body;
    const parking = overview.requests.find((request: { title: string }) => request.title === 'Cashless parking payments');
    expect(parking.stage).toBe('closed');
    const cash = parking.benefits.find((benefit: { id: string }) => benefit.id === 'B1');
    expect(cash.reviews.map((review: { label: string; stateLabel: string }) => `${review.label}: ${review.stateLabel}`)).toEqual(['6-month review: Recorded', '12-month review: Overdue']);
    expect(cash.assessment).toMatchObject({ rag: 'amber', plannedToDate: 18000, realisedToDate: 16500 });
    const committee = overview.requests.find((request: { title: string }) => request.title === 'Committee management system upgrade');
    const printing = committee.benefits.find((benefit: { id: string }) => benefit.id === 'B2');
    expect(printing.assessment.rag).toBe('not_known');
    expect(printing.assessment.years.every((year: { realised?: number }) => year.realised === undefined)).toBe(true);
    expect(overview.counts.overdue).toBeGreaterThan(0);
    expect(overview.reviewsOwed.length).toBe(overview.counts.due + overview.counts.overdue);
    // Proposals are not plans: only agreed and delivered requests count in the portfolio.
    expect(overview.requests.every((request: { stage: string }) => ['approved', 'in_delivery', 'closed'].includes(request.stage))).toBe(true);
    const year = overview.savingsByYear.find((entry: { financialYear: string }) => entry.financialYear === '2025/26');
    expect(year).toMatchObject({ planned: 18000, realised: 16500, known: 1 });
  });

  it('an officer sees only the benefits they own', async () => {
    const overview = (await server.api('priya.shah', 'GET', '/api/v1/benefits')).body;
    const owners = overview.requests.flatMap((request: { benefits: { owner: { id: string } }[] }) => request.benefits.map((benefit) => benefit.owner.id));
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set([priya.id]));
  });

  it('one council never sees or records another’s benefits', async () => {
    const fenwick = (await server.api('owen.price', 'GET', '/api/v1/benefits')).body;
    const titles = fenwick.requests.map((request: { title: string }) => request.title);
    expect(titles).toContain('Shared telephony platform for both councils');
    expect(titles).not.toContain('Cashless parking payments');
    const ashcombe = (await server.api('tom.reed', 'GET', '/api/v1/benefits')).body;
    const parking = ashcombe.requests.find((request: { title: string }) => request.title === 'Cashless parking payments');
    expect((await server.api('owen.price', 'GET', `/api/v1/benefits?request=${parking.requestId}`)).status).toBe(404);
    const attempt = await server.api('claire.bennett', 'POST', `/api/v1/requests/${parking.requestId}/benefits/B1/actuals`, { body: { reviewId: 'B1.m12', amount: 1 } });
    expect(attempt.status).toBe(404);
    expect((await server.api('tom.reed', 'GET', '/api/v1/benefits')).body).toEqual(ashcombe);
  });

  it('benefits are planned at intake, changed by merge patch with If-Match, and bad figures are refused with nothing stored', async () => {
    const created = await server.api('tom.reed', 'POST', '/api/v1/requests', { body: validRequestBody({ title: 'Bulky waste online', benefits: { B1: saving } }) });
    expect(created.status).toBe(201);
    expect(created.body.benefits).toEqual({ B1: saving });
    const id = created.body.id;

    const negative = await server.api('tom.reed', 'PATCH', `/api/v1/requests/${id}`, { body: { benefits: { B1: { ...saving, amountPerYear: -5 } } }, headers: withEtag(created.body.etag) });
    expect(negative.status).toBe(400);
    expect(negative.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(negative.body.errors).toContainEqual({ field: 'benefits.B1.amountPerYear', message: 'Saving per year cannot be negative.' });
    const { unit: _unit, ...noUnit } = measure;
    const missingUnit = await server.api('tom.reed', 'PATCH', `/api/v1/requests/${id}`, { body: { benefits: { B2: noUnit } }, headers: withEtag(created.body.etag) });
    expect(missingUnit.status).toBe(400);
    expect(missingUnit.body.errors).toContainEqual({ field: 'benefits.B2.unit', message: 'Unit is required.' });
    const unchanged = await server.api('tom.reed', 'GET', `/api/v1/requests/${id}`);
    expect(unchanged.body.etag).toBe(created.body.etag);
    expect(unchanged.body.benefits).toEqual({ B1: saving });

    const added = await server.api('tom.reed', 'PATCH', `/api/v1/requests/${id}`, { body: { benefits: { B2: measure } }, headers: withEtag(created.body.etag) });
    expect(added.status).toBe(200);
    expect(added.body.benefits).toEqual({ B1: saving, B2: measure });
    const stale = await server.api('tom.reed', 'PATCH', `/api/v1/requests/${id}`, { body: { benefits: { B1: null } }, headers: withEtag(created.body.etag) });
    expect(stale.status).toBe(412);

    const early = await server.api('priya.shah', 'POST', `/api/v1/requests/${id}/benefits/B1/actuals`, { body: { amount: 1000 } });
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/has not closed yet/);

    await closeRequest(id, added.body.etag);
    const scheduled = (await server.api('tom.reed', 'GET', `/api/v1/benefits?request=${id}`)).body;
    const reviews = scheduled.requests[0].benefits.flatMap((benefit: { reviews: { id: string; stateLabel: string }[] }) => benefit.reviews);
    expect(reviews.map((review: { id: string }) => review.id).sort()).toEqual(['B1.final', 'B1.m12', 'B1.m6', 'B2.m12', 'B2.m6']);
    expect(reviews.every((review: { stateLabel: string }) => review.stateLabel === 'Not due yet')).toBe(true);

    // The owner records; others may not; wrong figures are refused by name and nothing is stored.
    const notOwner = await server.api('david.okafor', 'POST', `/api/v1/requests/${id}/benefits/B1/actuals`, { body: { amount: 1000 } });
    expect(notOwner.status).toBe(403);
    const negativeActual = await server.api('priya.shah', 'POST', `/api/v1/requests/${id}/benefits/B1/actuals`, { body: { amount: -1 } });
    expect(negativeActual.status).toBe(400);
    expect(negativeActual.body.errors).toContainEqual({ field: 'amount', message: 'Saving realised cannot be negative.' });
    const valueForSaving = await server.api('priya.shah', 'POST', `/api/v1/requests/${id}/benefits/B1/actuals`, { body: { value: 3 } });
    expect(valueForSaving.status).toBe(400);
    expect(valueForSaving.body.errors.map((error: { field: string }) => error.field)).toEqual(['amount', 'value']);
    const unknownReview = await server.api('priya.shah', 'POST', `/api/v1/requests/${id}/benefits/B1/actuals`, { body: { amount: 1, reviewId: 'B1.m99' } });
    expect(unknownReview.status).toBe(400);
    const future = await server.api('priya.shah', 'POST', `/api/v1/requests/${id}/benefits/B1/actuals`, { body: { amount: 1, financialYear: nextYear } });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: 'financialYear', message: `Financial year must be only ${thisYear} (the saving’s first year, which is this financial year): ${nextYear} has not started yet.` }]);
    expect((await server.api('tom.reed', 'GET', `/api/v1/benefits?request=${id}`)).body).toEqual(scheduled);

    const recorded = await server.api('priya.shah', 'POST', `/api/v1/requests/${id}/benefits/B1/actuals`, {
      body: { amount: 26000, financialYear: thisYear, comment: 'Re-keying <b>stopped</b> in May' },
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ id: 'B1.m6', actual: { amount: 26000, financialYear: thisYear, comment: 'Re-keying <b>stopped</b> in May', recordedBy: { name: priya.name } } });
    const measured = await server.api('david.okafor', 'POST', `/api/v1/requests/${id}/benefits/B2/actuals`, { body: { value: 40 } });
    expect(measured.status).toBe(201);

    const after = (await server.api('tom.reed', 'GET', `/api/v1/benefits?request=${id}`)).body;
    const [b1, b2] = after.requests[0].benefits;
    expect(b1.assessment).toMatchObject({ rag: 'green', plannedToDate: 24000, realisedToDate: 26000 });
    // One figure answers one review: the later reviews stay open for their own figures.
    expect(b1.reviews.map((review: { id: string; stateLabel: string }) => `${review.id}: ${review.stateLabel}`)).toEqual(['B1.m6: Recorded', 'B1.m12: Not due yet', 'B1.final: Not due yet']);
    expect(b2.assessment).toMatchObject({ rag: 'amber', latestValue: 40, progress: 0.5 });
    const history = await server.api('tom.reed', 'GET', `/api/v1/audit?entity=request:${id}`);
    expect(history.body.items.filter((event: { kind: string }) => event.kind === 'benefit_actual_recorded')).toHaveLength(2);
  });

  it('a saving is recorded only for a financial year that has started, and answers one review', async () => {
    const before = (await server.api('tom.reed', 'GET', '/api/v1/benefits')).body;
    const parking = before.requests.find((request: { title: string }) => request.title === 'Cashless parking payments');
    const actuals = `/api/v1/requests/${parking.requestId}/benefits/B1/actuals`;
    // A figure for a year that has not started would close the overdue review and read as a shortfall.
    for (const financialYear of ['2030/31', nextYear, '2024/25']) {
      const refused = await server.api('tom.reed', 'POST', actuals, { body: { amount: 100, financialYear } });
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(refused.body.errors).toEqual([{ field: 'financialYear', message: expect.stringContaining(`Financial year must be 2025/26 (the saving’s first year) to ${thisYear} (this financial year)`) }]);
    }
    expect((await server.api('tom.reed', 'GET', '/api/v1/benefits')).body).toEqual(before);

    const recorded = await server.api('tom.reed', 'POST', actuals, { body: { amount: 18000, financialYear: '2026/27' } });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ id: 'B1.m12', actual: { amount: 18000, financialYear: '2026/27' } });
    const after = (await server.api('tom.reed', 'GET', '/api/v1/benefits')).body;
    const cash = after.requests.find((request: { title: string }) => request.title === 'Cashless parking payments').benefits.find((benefit: { id: string }) => benefit.id === 'B1');
    expect(cash.reviews.map((review: { label: string; stateLabel: string }) => `${review.label}: ${review.stateLabel}`)).toEqual(['6-month review: Recorded', '12-month review: Recorded']);
    expect(after.counts.overdue).toBe(before.counts.overdue - 1);
    expect(after.savingsByYear.map((year: { financialYear: string }) => year.financialYear)).not.toContain('2030/31');
  });

  it('refuses a bad query with problem+json', async () => {
    const bad = await server.api('tom.reed', 'GET', '/api/v1/benefits?request=not-a-reference');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('request');
    expect((await server.api('tom.reed', 'GET', '/api/v1/benefits?colour=red')).status).toBe(400);
  });
});
