import { buildTestRequest, buildTestScore } from './board-fixtures';
import { placeValueAgainstEffort } from './place-value-against-effort';

describe('placeValueAgainstEffort', () => {
  const requests = [
    buildTestRequest({ id: 'EH-1', stage: 'triage', score: buildTestScore(80), ictEffortDays: 5 }),
    buildTestRequest({ id: 'EH-2', stage: 'ready_for_decision', score: buildTestScore(70), ictEffortDays: 100 }),
    buildTestRequest({ id: 'EH-3', stage: 'submitted', score: buildTestScore(20), ictEffortDays: 10 }),
    buildTestRequest({ id: 'EH-4', stage: 'deferred', score: buildTestScore(30), ictEffortDays: 200 }),
    buildTestRequest({ id: 'EH-5', stage: 'submitted', ictEffortDays: 1 }),
    buildTestRequest({ id: 'EH-6', stage: 'approved', score: buildTestScore(90), ictEffortDays: 1 }),
  ];

  it('puts each scored open request in its quadrant, splitting effort at the median', () => {
    const matrix = placeValueAgainstEffort(requests);
    expect(matrix.effortThreshold).toBe(55);
    expect(Object.fromEntries(matrix.points.map((point) => [point.id, point.quadrant]))).toEqual({
      'EH-1': 'quick_win',
      'EH-2': 'major_project',
      'EH-3': 'fill_in',
      'EH-4': 'question',
    });
  });

  it('lists unscored open requests instead of guessing where they go, and leaves decided ones out', () => {
    const matrix = placeValueAgainstEffort(requests);
    expect(matrix.unscored.map((entry) => entry.id)).toEqual(['EH-5']);
    expect(matrix.points.map((point) => point.id)).not.toContain('EH-6');
  });

  it('orders best value first and gives drawing positions from 0 to 1', () => {
    const matrix = placeValueAgainstEffort(requests);
    expect(matrix.points.map((point) => point.id)).toEqual(['EH-1', 'EH-2', 'EH-4', 'EH-3']);
    const heaviest = matrix.points.find((point) => point.id === 'EH-4')!;
    expect(heaviest.x).toBe(1);
    expect(heaviest.y).toBeCloseTo(0.3);
  });

  it('copes with no scored requests at all', () => {
    const matrix = placeValueAgainstEffort([buildTestRequest({ id: 'EH-9', stage: 'triage' })]);
    expect(matrix.points).toEqual([]);
    expect(matrix.maxEffortDays).toBe(1);
  });
});
