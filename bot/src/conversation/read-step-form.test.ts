import { readStepForm } from './read-step-form';

describe('readStepForm', () => {
  it('reads amounts as officers type them and keeps anything else as text for validation to name', () => {
    const form = readStepForm('money', { capitalCost: '£25,000', revenueCost: '4000', cashableSavings: 'about 10k', ictEffortDays: '', neededBy: '2027-06-30', partnerCouncils: 'Fenwick,Marsh' });
    expect(form.candidate).toEqual({ capitalCost: 25000, revenueCost: 4000, cashableSavings: 'about 10k', neededBy: '2027-06-30', partnerCouncils: ['Fenwick', 'Marsh'] });
    expect(form.raw.capitalCost).toBe('£25,000');
    expect(form.raw.ictEffortDays).toBe('');
  });

  it('reads one entry per line, a toggle, and ignores keys that are not the step\'s', () => {
    const form = readStepForm('risks', { personalData: 'true', systemsTouched: 'Academy\r\n\nCivica Pay; Uniform ', title: 'not this step', verb: 'intake.next' });
    expect(form.candidate).toEqual({ personalData: true, systemsTouched: ['Academy', 'Civica Pay', 'Uniform'], systemsReplaced: [], dependencies: [] });
    expect(Object.keys(form.raw)).not.toContain('title');
  });

  it('treats values that are not text as empty', () => {
    const form = readStepForm('need', { title: { nested: true }, problem: ['x'] });
    expect(form.candidate).toEqual({});
  });
});
