import type { QuarterDemand } from '../capacity/capacity-demand';
import { describeCapacityFit } from './describe-capacity-fit';

const quarter = (label: string, lists: { committed?: string[]; proposed?: string[]; doesNotFit?: string[] }): QuarterDemand => ({
  quarter: { id: label, financialYear: '2026-27', quarter: 4, start: '2027-01-01', end: '2027-03-31', label },
  capacity: { ictDays: 100, budget: 100_000 },
  committed: { ictDays: 0, budget: 0, requestIds: lists.committed ?? [] },
  proposed: { ictDays: 0, budget: 0, requestIds: lists.proposed ?? [] },
  doesNotFit: lists.doesNotFit ?? [],
  notYetEstimated: [],
  overCommitted: false,
});

describe('describeCapacityFit', () => {
  const quarters = [quarter('Q3 2026-27', { committed: ['EH-C'], proposed: ['EH-F'] }), quarter('Q4 2026-27', { doesNotFit: ['EH-N'] })];

  it.each([
    ['EH-F', 'Fits in Q3 2026-27'],
    ['EH-N', 'Does not fit in Q4 2026-27'],
    ['EH-C', 'Committed in Q3 2026-27'],
    ['EH-X', 'Not in any quarter'],
  ])('%s → %s', (id, words) => {
    expect(describeCapacityFit(id, quarters)).toBe(words);
  });
});
