import { buildOverlapRequest, buildTestApplication } from '../../../testing/fixtures/estate-fixtures';
import { addMonths, expectedCount, summariseEstate } from './summarise-estate';

const TARGET = { baselineCount: 10, baselineDate: '2025-04-01', targetCount: 6, targetDate: '2029-04-01', source: 'Strategy' };
const TODAY = '2026-11-30';

describe('summariseEstate', () => {
  const estate = [
    buildTestApplication({ id: 'a1', name: 'Repairs Manager 6', capability: 'housing', disposition: 'eliminate', dispositionTargetDate: '2027-09-30', contractEnd: TODAY, annualCost: 5000 }),
    buildTestApplication({ id: 'a2', name: 'Rents', capability: 'housing', disposition: 'invest', contractEnd: addMonths(TODAY, 18) }),
    buildTestApplication({ id: 'a3', name: 'Ledger', capability: 'finance', contractEnd: '2028-05-31', annualCost: 7000 }),
    buildTestApplication({ id: 'a4', name: 'Old Tracker', capability: 'finance', retiredOn: '2025-10-01', contractEnd: '2027-01-01' }),
    buildTestApplication({ id: 'a5', name: 'New Portal', capability: 'crm', addedOn: '2026-02-01', contractEnd: '2026-11-29' }),
  ];

  it('counts the live estate by capability and disposition, cost not known kept apart from £0', () => {
    const summary = summariseEstate(estate, TARGET, [], [], TODAY);
    expect(summary.current).toBe(4);
    expect(summary.retired).toBe(1);
    expect(summary.byCapability.map((row) => [row.capability, row.total])).toEqual([['housing', 2], ['crm', 1], ['finance', 1]]);
    expect(summary.byDisposition).toEqual({ tolerate: 2, invest: 1, migrate: 0, eliminate: 1 });
    expect(summary.annualCost).toEqual({ known: 12000, notKnown: 2 });
  });

  it('counts over time from the baseline, quarter by quarter, to today', () => {
    const summary = summariseEstate(estate, TARGET, [], [], TODAY);
    expect(summary.series[0]).toEqual({ date: '2025-04-01', count: 10 });
    expect(summary.series.find((point) => point.date === '2025-09-30')!.count).toBe(4);
    expect(summary.series.find((point) => point.date === '2025-12-31')!.count).toBe(3);
    expect(summary.series.find((point) => point.date === '2026-03-31')!.count).toBe(4);
    expect(summary.series.at(-1)).toEqual({ date: TODAY, count: 4 });
  });

  it('lists contracts ending from today to 18 months ahead, both days included, with the requests that replace them', () => {
    // Ledger ends the day after the horizon, New Portal the day before today, Old Tracker is retired.
    const requests = [
      buildOverlapRequest({ id: 'EH-1', title: 'New repairs', systemsReplaced: ['repairs manager 6'] }),
      buildOverlapRequest({ id: 'EH-2', title: 'Withdrawn repairs', systemsReplaced: ['Repairs Manager 6'], stage: 'withdrawn' }),
      buildOverlapRequest({ id: 'EH-3', title: 'Touches rents', systemsTouched: ['Rents'] }),
      buildOverlapRequest({ id: 'EH-4', title: 'Rent portal' }),
    ];
    const note = { id: 'a2', organisationId: 'ashcombe', requestId: 'EH-4', target: { kind: 'application' as const, id: 'a2', name: 'Rents' }, verdict: 'replaces' as const, by: { id: 'u', name: 'Tom' }, at: TODAY };
    const summary = summariseEstate(estate, TARGET, requests, [note], TODAY);
    expect(summary.contractsEnding.map((contract) => [contract.name, contract.coveredBy.map((request) => request.id)])).toEqual([
      ['Repairs Manager 6', ['EH-1']],
      ['Rents', ['EH-4']],
    ]);
  });

  it('compares the count with a straight line from baseline to target', () => {
    expect(expectedCount(TARGET, '2024-01-01')).toBe(10);
    expect(expectedCount(TARGET, '2027-04-01')).toBe(8);
    expect(expectedCount(TARGET, '2030-01-01')).toBe(6);
    expect(summariseEstate(estate, TARGET, [], [], TODAY).status).toBe('ahead');
    expect(summariseEstate(estate, { ...TARGET, baselineCount: 5, targetCount: 1 }, [], [], TODAY).status).toBe('behind');
    expect(summariseEstate(estate, undefined, [], [], TODAY)).toMatchObject({ status: 'no_target' });
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-11-30', 18, '2028-05-30'],
    ['2026-08-31', 18, '2028-02-29'],
    ['2027-08-31', 18, '2029-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
  ])('%s plus %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});
