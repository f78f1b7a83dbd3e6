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

  it('accept a complete step, leaving figures not given as not known (absent, never 0)', () => {
    const result = validateIntakeStep('money', { neededBy: '2027-04-01', capitalCost: 5000 }, strategy);
    expect(result.errors).toEqual([]);
    expect(result.fields).toEqual({ neededBy: '2027-04-01', capitalCost: 5000, partnerCouncils: [] });
  });

  it('refuse themes that are not in the current strategy', () => {
    const result = validateIntakeStep('fit', { themeIds: ['workforce', 'made-up'] }, strategy);
    expect(result.errors).toEqual([{ field: 'themeIds.1', message: '"made-up" is not a theme of the current strategy.' }]);
  });

  it('refuse needed-by and statutory dates that have passed, and a service area not on the list', () => {
    const checks = { today: '2026-11-29', serviceAreas: ['Housing'] };
    expect(validateIntakeStep('money', { neededBy: '2019-03-01' }, strategy, checks).errors).toEqual([{ field: 'neededBy', message: 'That date has passed: give the date it is needed by from today on.' }]);
    expect(validateIntakeStep('fit', { themeIds: ['workforce'], statutoryDeadline: '1999-01-01' }, strategy, checks).errors.map((error) => error.field)).toEqual(['statutoryDeadline']);
    expect(validateIntakeStep('money', { neededBy: '2026-11-29' }, strategy, checks).errors).toEqual([]);
    const need = { title: 'T', sponsor: 'S', problem: 'P', proposedOutcome: 'O' };
    expect(validateIntakeStep('need', { ...need, serviceArea: 'Made up' }, strategy, checks).errors.map((error) => error.field)).toEqual(['serviceArea']);
    expect(validateIntakeStep('need', { ...need, serviceArea: 'Housing' }, strategy, checks).errors).toEqual([]);
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
