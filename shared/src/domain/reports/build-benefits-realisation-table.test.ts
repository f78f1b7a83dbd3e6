import { buildFrame } from '../../../testing/reports/report-fixtures';
import { buildBenefitsRealisationTable } from './build-benefits-realisation-table';
import { buildBenefitsOverviewFixture } from '../../../testing/fixtures/benefits-fixtures';

describe('the Benefits realisation table for committee', () => {
  const table = buildBenefitsRealisationTable(buildFrame(), buildBenefitsOverviewFixture('2026-11-22'));
  const rowOf = (benefit: string) => table.rows.find((row) => row[1]!.text.startsWith(benefit))!.map((cell) => cell.text);

  it('shows planned against realised by year, RAG in words, and the next review', () => {
    expect(table.columns.map((column) => column.label)).toEqual(['Project', 'Benefit', 'Owner', 'Planned', 'Realised', 'Status (RAG)', 'Next review']);
    const print = rowOf('Print contract');
    expect(print[3]).toBe('£18,000 a year from 2025/26');
    expect(print[4]).toBe('2025/26: £16,500 of £18,000');
    expect(print[5]).toBe('Amber: Below plan.');
    expect(print[6]).toBe('12-month review, 15 September 2026: Overdue');
    const cash = rowOf('Paid without cash');
    expect(cash.slice(3, 6)).toEqual(['From 35 to 80 % of payments', '84 % of payments (109% of the way to target)', 'Green: Target met.']);
  });

  it('says "Not yet known" where nothing is recorded, never £0', () => {
    const postage = rowOf('Postage');
    expect(postage[4]).toBe('Not yet known');
    expect(postage[5]).toBe('Not yet known: no saving recorded yet.');
    const hosting = rowOf('Hosting ended');
    expect(hosting[4]).toBe('Not yet known');
    expect(hosting[6]).toBe('Scheduled when the project closes');
    expect(table.rows.flat().some((cell) => cell.text.includes('£0'))).toBe(false);
  });

  it('shades status cells only beside words, with a key in words', () => {
    for (const row of table.rows) expect(row[5]!.fill).toBeDefined();
    expect(table.legend!.map((item) => item.label)).toEqual([
      'Green – on plan or target met',
      'Amber – below plan (75% or more) or part way to target',
      'Red – well below plan or short of target',
      'Not yet known',
    ]);
    expect(table.description).toMatch(/4 benefits/);
    expect(table.description).toMatch(/overdue \(more than 28 days\): 4/);
  });
});
