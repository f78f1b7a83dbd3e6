import type { ProjectRequest } from '../requests/project-request';
import type { Stage } from '../requests/stage';
import { fitDemandToCapacity } from './capacity-demand';

function request(id: string, stage: Stage, ictEffortDays: number, cost: number, neededBy: string, score?: number): ProjectRequest {
  return {
    id,
    stage,
    ictEffortDays,
    capitalCost: cost,
    revenueCost: 0,
    neededBy,
    ...(score !== undefined ? { score: { total: score } } : {}),
  } as ProjectRequest;
}

describe('fitting demand to ICT capacity', () => {
  const capacity = [{ organisationId: 'o', quarterId: '2026-27-Q4', ictDays: 100, budget: 100_000, updatedAt: '' }];

  it('counts committed work first, then proposals best score first, and flags what no longer fits', () => {
    const [quarter] = fitDemandToCapacity(capacity, [
      request('EH-1', 'approved', 60, 50_000, '2027-01-15'),
      request('EH-2', 'ready_for_decision', 30, 20_000, '2027-02-01', 80),
      request('EH-3', 'triage', 30, 20_000, '2027-02-01', 60),
      request('EH-4', 'submitted', 5, 5_000, '2027-03-01', 10),
      request('EH-5', 'rejected', 500, 900_000, '2027-03-01'),
    ]);
    expect(quarter!.committed).toMatchObject({ ictDays: 60, budget: 50_000, requestIds: ['EH-1'] });
    expect(quarter!.proposed.requestIds).toEqual(['EH-2', 'EH-4']);
    expect(quarter!.doesNotFit).toEqual(['EH-3']);
    expect(quarter!.overCommitted).toBe(false);
  });

  it('marks a quarter over-committed when approved work alone exceeds it', () => {
    const [quarter] = fitDemandToCapacity(capacity, [request('EH-1', 'in_delivery', 150, 10_000, '2027-01-15')]);
    expect(quarter!.overCommitted).toBe(true);
  });

  it('uses the quarter the steering group sequenced a request into', () => {
    const planned = { ...request('EH-9', 'approved', 10, 1_000, '2027-01-15'), plannedQuarter: '2027-28-Q2' };
    const quarters = fitDemandToCapacity(capacity, [planned]);
    expect(quarters.map((quarter) => quarter.quarter.id)).toEqual(['2026-27-Q4', '2027-28-Q2']);
    expect(quarters[1]!.committed.requestIds).toEqual(['EH-9']);
  });

  it('counts a proposal with figures not known as not yet estimated, never as 0 days or £0', () => {
    const unknown = { ...request('EH-7', 'triage', 0, 0, '2027-01-15', 50), ictEffortDays: undefined, capitalCost: undefined } as unknown as ProjectRequest;
    const [quarter] = fitDemandToCapacity(capacity, [request('EH-1', 'approved', 10, 5_000, '2027-01-15'), unknown, request('EH-8', 'submitted', 5, 1_000, '2027-01-20', 40)]);
    expect(quarter!.notYetEstimated).toEqual(['EH-7']);
    expect(quarter!.proposed).toMatchObject({ ictDays: 5, budget: 1_000, requestIds: ['EH-7', 'EH-8'] });
  });
});
