import { describeResume } from './describe-resume';

describe('the welcome back on an open draft says exactly what is saved', () => {
  it('names the step the officer was at and each saved step', () => {
    expect(describeResume({ step: 'money', completedSteps: ['need', 'fit'], form: {} })).toBe(
      'Welcome back: you were at step 3 (Money, effort and timing). Saved: step 1 (About the need), step 2 (Strategic fit). This step has no answers yet.',
    );
  });

  it('says nothing is saved when nothing is', () => {
    expect(describeResume({ step: 'need', completedSteps: [], form: {} })).toBe('Welcome back: you were at step 1 (About the need). No step is saved yet. This step has no answers yet.');
  });

  it('says when typed answers on the current step are filled in but not yet saved', () => {
    expect(describeResume({ step: 'fit', completedSteps: ['need'], form: { statutoryDriver: 'Section 2 duty' } })).toContain(
      'What you had typed on this step is filled in below; it is saved when you press Next.',
    );
  });

  it('does not claim a step is saved that is not, even after going back', () => {
    const text = describeResume({ step: 'need', completedSteps: ['need', 'money'], form: {} });
    expect(text).toBe('Welcome back: you were at step 1 (About the need). Saved: step 1 (About the need), step 3 (Money, effort and timing).');
    expect(text).not.toContain('Strategic fit');
  });

  it('sends a draft with every step saved to the final check', () => {
    expect(describeResume({ step: 'review', completedSteps: ['need', 'fit', 'money', 'risks'], form: {} })).toBe('Welcome back: all 4 steps are saved. Check them and submit when ready.');
  });
});
