import fc from 'fast-check';
import { targetStatus, type StrategyTarget } from './strategy-target';

const applications: StrategyTarget = {
  id: 'T1',
  measure: 'Business applications in use',
  unit: 'count',
  baseline: 143,
  baselineDate: '2024-04-01',
  target: 100,
  targetDate: '2029-04-01',
};

describe('a strategy target’s status', () => {
  it('is not started until measured, complete once met, off track when moving the wrong way', () => {
    expect(targetStatus(applications)).toBe('not_started');
    expect(targetStatus({ ...applications, current: 100, currentDate: '2026-10-31' })).toBe('complete');
    expect(targetStatus({ ...applications, current: 92, currentDate: '2026-10-31' })).toBe('complete');
    expect(targetStatus({ ...applications, current: 150, currentDate: '2026-10-31' })).toBe('off_track');
  });

  it('follows a straight line from baseline to target: at or ahead is on track, a little behind at risk, far behind off track', () => {
    // Halfway through the period (1 October 2026 is 2.5 of 5 years): 121.5 is the line.
    const at = (current: number) => targetStatus({ ...applications, current, currentDate: '2026-10-01' });
    expect(at(120)).toBe('on_track');
    expect(at(125)).toBe('at_risk');
    expect(at(140)).toBe('off_track');
  });

  it('never gets worse as the measure moves further towards (or past) the target, whichever way the target lies', () => {
    const order = ['off_track', 'at_risk', 'on_track', 'complete'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (baseline, target, a, b) => {
        fc.pre(baseline !== target);
        // Further along is larger when the target is above the baseline, smaller when below.
        const [nearer, further] = (target > baseline) === a >= b ? [a, b] : [b, a];
        const onLine = (value: number) => (target > baseline ? value >= baseline : value <= baseline);
        fc.pre(onLine(nearer) && onLine(further));
        const status = (current: number) => order.indexOf(targetStatus({ ...applications, baseline, target, current, currentDate: '2026-10-01' }));
        expect(status(nearer)).toBeGreaterThanOrEqual(status(further));
      }),
    );
  });
});
