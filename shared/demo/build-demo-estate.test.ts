import { summariseEstate } from '../src/domain/estate/summarise-estate';
import { buildDemoOrganisations } from './demo-data';
import { buildDemoEstate } from './build-demo-estate';

/** The committee reads the estate in three places: the strategy-targets table, the rationalisation table and the tab. */
describe('the demo estate and the strategy target that measures it', () => {
  it('Ashcombe’s "Business applications in use" target gives the register’s figures: 143 on 1 April 2025, 134 now, 100 by March 2029', () => {
    const ashcombe = buildDemoOrganisations().find((demo) => demo.organisation.id === 'ashcombe')!;
    const measure = ashcombe.strategy.targets!.find((target) => target.measure === 'Business applications in use')!;
    const estate = buildDemoEstate('ashcombe')!;
    const summary = summariseEstate(estate.applications, estate.target, [], [], measure.currentDate!);
    expect(measure).toMatchObject({ baseline: 143, baselineDate: '2025-04-01', target: 100, targetDate: '2029-03-31', current: 134, currentDate: '2026-10-31' });
    expect({ baseline: measure.baseline, baselineDate: measure.baselineDate, target: measure.target, targetDate: measure.targetDate }).toEqual({
      baseline: estate.target.baselineCount,
      baselineDate: estate.target.baselineDate,
      target: estate.target.targetCount,
      targetDate: estate.target.targetDate,
    });
    expect(summary.current).toBe(measure.current);
  });
});
