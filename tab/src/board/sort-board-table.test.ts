import fc from 'fast-check';
import { buildTestRequest, buildTestScore } from '../../../shared/testing/fixtures/board-fixtures';
import type { RiskLevel } from '@entrance-hall/shared/domain/risks/risk';
import { sortBoardTable, TABLE_COLUMNS } from './sort-board-table';

const requestArbitrary = fc.record({
  n: fc.integer({ min: 1, max: 9999 }),
  score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  cost: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  effort: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  risk: fc.option(fc.constantFrom<RiskLevel>('low', 'medium', 'high'), { nil: undefined }),
});

describe('sortBoardTable', () => {
  it('keeps every row once, orders the known values either way and puts unknown ones last', () => {
    fc.assert(
      fc.property(fc.uniqueArray(requestArbitrary, { selector: (entry) => entry.n, maxLength: 40 }), fc.constantFrom('score', 'cost', 'effort', 'risk' as const), fc.constantFrom('ascending', 'descending' as const), (entries, column, direction) => {
        const requests = entries.map((entry) => {
          const { capitalCost: _capital, ictEffortDays: _effort, ...request } = buildTestRequest({ id: `EH-2026-${String(entry.n).padStart(4, '0')}` });
          return {
            ...request,
            ...(entry.cost === undefined ? {} : { capitalCost: entry.cost }),
            ...(entry.effort === undefined ? {} : { ictEffortDays: entry.effort }),
            ...(entry.score === undefined ? {} : { score: buildTestScore(entry.score) }),
          };
        });
        const risks = new Map<string, RiskLevel>(entries.flatMap((entry) => (entry.risk ? [[`EH-2026-${String(entry.n).padStart(4, '0')}`, entry.risk] as const] : [])));
        const sorted = sortBoardTable(requests, { column, direction }, risks);
        expect(sorted.map((request) => request.id).sort()).toEqual(requests.map((request) => request.id).sort());
        const values = sorted.map((request) => ({ score: request.score?.total, cost: request.capitalCost, effort: request.ictEffortDays, risk: risks.has(request.id) ? { low: 1, medium: 2, high: 3 }[risks.get(request.id)!] : undefined })[column]);
        const known = values.filter((value) => value !== undefined);
        expect(values.slice(0, known.length)).toEqual(known);
        for (let index = 1; index < known.length; index += 1) {
          if (direction === 'ascending') expect(known[index]!).toBeGreaterThanOrEqual(known[index - 1]!);
          else expect(known[index]!).toBeLessThanOrEqual(known[index - 1]!);
        }
      }),
    );
  });

  it('sorts every column without losing a row', () => {
    const requests = [buildTestRequest({ id: 'EH-2026-0002', serviceArea: 'Revenues' }), buildTestRequest({ id: 'EH-2026-0001', serviceArea: 'Housing' })];
    for (const column of TABLE_COLUMNS) expect(sortBoardTable(requests, { column, direction: 'ascending' }, new Map())).toHaveLength(2);
    expect(sortBoardTable(requests, { column: 'serviceArea', direction: 'ascending' }, new Map()).map((request) => request.serviceArea)).toEqual(['Housing', 'Revenues']);
    expect(sortBoardTable(requests, { column: 'request', direction: 'descending' }, new Map()).map((request) => request.id)).toEqual(['EH-2026-0002', 'EH-2026-0001']);
  });
});
