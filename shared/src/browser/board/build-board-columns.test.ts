import { filterRequests } from '../requests/request-filter';
import { buildTestRequest, buildTestScore } from './board-fixtures';
import { BOARD_STAGES, buildBoardColumns } from './build-board-columns';

describe('buildBoardColumns', () => {
  const requests = [
    buildTestRequest({ id: 'EH-1', stage: 'triage', capitalCost: 10_000, revenueCost: 2_000, ictEffortDays: 10, score: buildTestScore(40) }),
    buildTestRequest({ id: 'EH-2', stage: 'triage', capitalCost: 5_000, ictEffortDays: 4, score: buildTestScore(90) }),
    buildTestRequest({ id: 'EH-3', stage: 'approved', revenueCost: 1_500, ictEffortDays: 20 }),
    buildTestRequest({ id: 'EH-4', stage: 'closed', ictEffortDays: 99 }),
  ];

  it('adds up count, cost (capital plus revenue) and ICT days per stage', () => {
    const columns = buildBoardColumns(requests, BOARD_STAGES);
    const triage = columns.find((column) => column.stage === 'triage')!;
    expect(triage).toMatchObject({ label: 'Triage', count: 2, totalCost: 17_000, totalIctDays: 14 });
    expect(columns.find((column) => column.stage === 'approved')).toMatchObject({ count: 1, totalCost: 1_500, totalIctDays: 20 });
  });

  it('shows empty columns for stages with nothing in them, in lifecycle order', () => {
    const columns = buildBoardColumns(requests, BOARD_STAGES);
    expect(columns.map((column) => column.stage)).toEqual([...BOARD_STAGES]);
    expect(columns.find((column) => column.stage === 'submitted')).toMatchObject({ count: 0, totalCost: 0, requests: [] });
  });

  it('leaves out requests whose stage is not shown', () => {
    const columns = buildBoardColumns(requests, BOARD_STAGES);
    expect(columns.flatMap((column) => column.requests.map((request) => request.id))).not.toContain('EH-4');
  });

  it('keeps the order the shared filter sorted them in', () => {
    const sorted = filterRequests(requests, { sort: 'score' });
    const triage = buildBoardColumns(sorted, BOARD_STAGES).find((column) => column.stage === 'triage')!;
    expect(triage.requests.map((request) => request.id)).toEqual(['EH-2', 'EH-1']);
  });
});
