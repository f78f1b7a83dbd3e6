import fc from 'fast-check';
import { buildBudgetTable } from './build-budget-table';
import { buildTargetsTable } from './build-targets-table';
import { addSinceLastReport } from './since-last-report';
import { snapshotTable } from './summarise-table-changes';
import type { ReportTable } from './report-table';
import { HOSTILE, buildBudgetRequestFixtures, buildFrame, buildRequestFixture, buildStrategyFixture, buildTargetFixtures } from '../../../testing/reports/report-fixtures';

const cells = (table: ReportTable) => table.rows.map((row) => row.map((cell) => cell.text));
const pounds = (text: string) => Number(text.replace(/[£,]/g, ''));
const rowOf = (table: ReportTable, year: string, ref: string) => cells(table).find((row) => row[0] === year && row[1] === ref);

describe('the budget by financial year', () => {
  const table = buildBudgetTable(buildFrame({ stage: ['approved', 'in_delivery'] }), buildBudgetRequestFixtures());

  it('lists each project in each year with capital and revenue apart, then the year’s total', () => {
    expect(table.columns.map((column) => column.label)).toEqual(['Financial year', 'Ref', 'Project', 'Capital', 'Revenue']);
    expect(table.columns.filter((column) => column.numeric).map((column) => column.label)).toEqual(['Capital', 'Revenue']);
    expect(rowOf(table, '2026/27', 'EH-2026-0001')?.slice(3)).toEqual(['£90,000', '£10,000']);
    expect(rowOf(table, '2026/27', 'EH-2026-0001')?.[2]).toContain(`Shared: Fenwick District Council 60%, Marsh ${HOSTILE} 40%`);
    expect(rowOf(table, '2026/27', 'Total')?.slice(2)).toEqual(['2026/27: 2 projects', '£110,000', '£15,000']);
    expect(rowOf(table, '2027/28', 'Total')?.slice(3)).toEqual(['£40,001', '£15,333']);
    expect(rowOf(table, 'All years', 'Total')?.slice(2)).toEqual(['2026/27 to 2027/28', '£150,001', '£30,333']);
    // Ready for decision and closed requests are not in the approved programme.
    expect(cells(table).some((row) => row[1] === 'EH-2026-0004' || row[1] === 'EH-2026-0005')).toBe(false);
  });

  it('gives each partner council’s share of shared projects and what no share covers', () => {
    expect(rowOf(table, '2026/27', 'Fenwick District Council')?.slice(2)).toEqual(['Share of shared projects', '£54,000', '£6,000']);
    expect(rowOf(table, '2026/27', `Marsh ${HOSTILE}`)?.slice(3)).toEqual(['£36,000', '£4,000']);
    expect(rowOf(table, '2026/27', 'Not shared')?.slice(3)).toEqual(['£20,000', '£5,000']);
    // 33.33% and 66.67% of £10,001 and £3,333, with the 2027/28 part of the 60/40 project: rounded once, adding up.
    expect(rowOf(table, '2027/28', 'Fenwick District Council')?.slice(3)).toEqual(['£21,333', '£8,311']);
    expect(rowOf(table, '2027/28', `Marsh ${HOSTILE}`)?.slice(3)).toEqual(['£18,668', '£7,022']);
  });

  it('says every choice in its caption and leaves closed projects out of totals, saying so', () => {
    expect(table.caption).toMatch(/^Budget by financial year: approved and in delivery only, 3 projects, shares for Fenwick District Council and Marsh .* – data as at 22 November 2026, 10:15$/);
    const withClosed = buildBudgetTable(buildFrame({ year: '2026/27', stage: ['in_delivery', 'closed'] }), buildBudgetRequestFixtures());
    expect(withClosed.title).toBe('Budget by financial year 2026/27: in delivery and closed only, 2 projects');
    expect(rowOf(withClosed, '2026/27', 'Total')?.slice(2)).toEqual(['2026/27: 2 projects (excluding closed, rejected and withdrawn)', '£20,000', '£5,000']);
    expect(cells(withClosed).some((row) => row[0] === 'All years')).toBe(false);
    const empty = buildBudgetTable(buildFrame({}), [buildRequestFixture(0, { stage: 'approved' })]);
    expect(empty.rows).toEqual([]);
    expect(empty.emptyText).toBe('No projects have a budget profiled for these choices.');
  });

  it('shares out every year’s total exactly, to within a pound a partner, whatever the shares', () => {
    const share = fc.integer({ min: 1, max: 9999 }).map((hundredths) => [hundredths / 100, 100 - hundredths / 100] as const);
    const request = fc.record({
      money: fc.array(fc.tuple(fc.integer({ min: 2026, max: 2029 }), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 })), { minLength: 1, maxLength: 3 }),
      shares: fc.option(share, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 6 }), (drawn) => {
        const requests = drawn.map((entry, index) =>
          buildRequestFixture(index, {
            stage: 'approved',
            budgetProfile: [...new Map(entry.money.map(([start, capital, revenue]) => [start, { year: `${start}/${String((start + 1) % 100).padStart(2, '0')}`, capital, revenue }])).values()],
            ...(entry.shares ? { partnerShares: [{ council: 'Fenwick', percent: entry.shares[0] }, { council: 'Marsh Vale', percent: entry.shares[1] }] } : {}),
          }),
        );
        const built = buildBudgetTable(buildFrame({}), requests);
        for (const label of new Set(cells(built).map((row) => row[0]!))) {
          const rows = cells(built).filter((row) => row[0] === label);
          const total = rows.find((row) => row[1] === 'Total')!;
          const parts = rows.filter((row) => ['Fenwick', 'Marsh Vale', 'Not shared'].includes(row[1]!));
          if (parts.length === 0) continue;
          for (const column of [3, 4]) {
            const sum = parts.reduce((added, row) => added + pounds(row[column]!), 0);
            expect(Math.abs(sum - pounds(total[column]!))).toBeLessThanOrEqual(parts.length);
          }
        }
      }),
    );
  });
});

describe('progress against strategy targets', () => {
  const strategy = { ...buildStrategyFixture(), targets: buildTargetFixtures() };

  it('shows measure, baseline, target and current with their dates, and status in words and shading with a key', () => {
    const table = buildTargetsTable(buildFrame({}), strategy);
    expect(table.columns.map((column) => column.label)).toEqual(['Ref', 'Measure', 'Baseline', 'Target', 'Current', 'Status (RAG)']);
    expect(cells(table)[0]).toEqual(['T1', 'Business applications in use\nTheme: Modern workforce\nOwner: Head of ICT', '143\n1 April 2024', '100\n31 March 2029', '118\n31 October 2026', 'Green – on track']);
    expect(cells(table).map((row) => row[5])).toEqual(['Green – on track', 'Red – off track', 'Blue – complete', 'Grey – not started']);
    expect(cells(table)[1]![2]).toBe('40%\n1 April 2024');
    expect(cells(table)[3]!.slice(2, 5)).toEqual(['£250,000\n1 April 2024', '£150,000\n31 March 2029', 'Not measured']);
    expect(table.rows[0]![5]).toMatchObject({ fill: 'C6EFCE', bold: true });
    expect(table.legend?.map((item) => item.label)).toContain('Blue – complete');
    expect(table.caption).toMatch(/^Progress against strategy targets: 4 targets – data as at/);
    expect(table.description).toContain('Blue – complete means the target is met');
  });

  it('after publication, gains the direction of travel of each target since the last report', () => {
    const published = buildTargetsTable(buildFrame({}), strategy);
    const later = buildTargetsTable(buildFrame({}), {
      ...strategy,
      targets: strategy.targets.map((target) => (target.id === 'T2' ? { ...target, current: 79 } : target.id === 'T1' ? { ...target, current: 140 } : target)),
    });
    const shown = addSinceLastReport(later, snapshotTable(published));
    expect(shown.columns.map((column) => column.label)).toEqual(['Ref', 'Measure', 'Baseline', 'Target', 'Current', 'Status (RAG)', 'Since last report']);
    expect(cells(shown).map((row) => [row[0], row[6]])).toEqual([
      ['T1', '↓ Worsened from Green'],
      ['T2', '↑ Improved from Red'],
      ['T3', '→ No change'],
      ['T4', '→ No change'],
    ]);
  });

  it('narrows to a theme and says so; a strategy without targets says so in the table', () => {
    const workforce = buildTargetsTable(buildFrame({ theme: 't1' }), strategy);
    expect(workforce.title).toBe('Progress against strategy targets: theme Modern workforce, 2 targets');
    expect(cells(workforce).map((row) => row[0])).toEqual(['T1', 'T3']);
    expect(cells(workforce)[0]![1]).toBe('Business applications in use\nOwner: Head of ICT');
    const none = buildTargetsTable(buildFrame({}), buildStrategyFixture());
    expect(none.rows).toEqual([]);
    expect(none.emptyText).toBe('The strategy has no targets for these choices.');
  });
});
