import { requestFieldsSchema } from '../requests/project-request';
import type { Strategy } from '../strategy/strategy';
import { INTAKE_STEPS, INTAKE_STEP_FIELDS, intakeStepOfField, nextIntakeStep, previousIntakeStep, validateIntakeStep } from './intake-steps';

const strategy = {
  themes: [{ id: 'workforce', title: 'Workforce', description: '', corporatePriorityIds: ['cp-council'], objectives: [] }],
  corporatePriorities: [{ id: 'cp-council', title: 'An efficient council' }],
} as unknown as Strategy;

describe('intake steps', () => {
  it('ask for every field of a request exactly once', () => {
    const asked = INTAKE_STEPS.flatMap((step) => INTAKE_STEP_FIELDS[step]);
    expect([...asked].sort()).toEqual(Object.keys(requestFieldsSchema.shape).sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('go forward to review and back again', () => {
    expect(nextIntakeStep('need')).toBe('fit');
    expect(nextIntakeStep('risks')).toBe('review');
    expect(previousIntakeStep('review')).toBe('risks');
    expect(previousIntakeStep('need')).toBeUndefined();
    expect(intakeStepOfField('themeIds.0')).toBe('fit');
  });

  it('report each missing required field of a step by name, and only that step', () => {
    const result = validateIntakeStep('need', { title: '  ', problem: 'Paper forms' }, strategy);
    expect(result.errors.map((error) => error.field).sort()).toEqual(['proposedOutcome', 'serviceArea', 'sponsor', 'title']);
    expect(result.errors.find((error) => error.field === 'title')?.message).toBe('Title is required.');
  });

  it('accept a complete step and apply the defaults of the request', () => {
    const result = validateIntakeStep('money', { neededBy: '2027-04-01', capitalCost: 5000 }, strategy);
    expect(result.errors).toEqual([]);
    expect(result.fields).toEqual({ neededBy: '2027-04-01', capitalCost: 5000, revenueCost: 0, cashableSavings: 0, ictEffortDays: 0, partnerCouncils: [] });
  });

  it('refuse themes that are not in the current strategy', () => {
    const result = validateIntakeStep('fit', { themeIds: ['workforce', 'made-up'] }, strategy);
    expect(result.errors).toEqual([{ field: 'themeIds.1', message: '"made-up" is not a theme of the current strategy.' }]);
  });

  it('refuse a money answer that is not a whole amount', () => {
    const result = validateIntakeStep('money', { neededBy: '2027-02-30', capitalCost: 'lots' }, strategy);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { field: 'capitalCost', message: 'Capital cost must be an amount in pounds.' },
        { field: 'neededBy', message: 'Needed by is not a real date.' },
      ]),
    );
  });
});
