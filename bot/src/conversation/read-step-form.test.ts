import { readStepForm } from './read-step-form';

const TODAY = '2026-11-29';

describe('readStepForm', () => {
  it('reads amounts and dates as officers type them, rounding pence, and leaves blanks not known', () => {
    const form = readStepForm('money', { capitalCost: '£25,000', revenueCost: '4000.50', cashableSavings: 'about 10k', ictEffortDays: '', neededBy: '30/06/2027', partnerCouncils: 'Fenwick,Marsh' }, TODAY);
    expect(form.candidate).toEqual({ capitalCost: 25000, revenueCost: 4001, cashableSavings: 10000, neededBy: '2027-06-30', partnerCouncils: ['Fenwick', 'Marsh'] });
    expect(form.candidate).not.toHaveProperty('ictEffortDays');
    expect(form.raw.capitalCost).toBe('£25,000');
    expect(form.errors).toEqual([]);
  });

  it('names what it could not read with one plain message, quoting it, and keeps it as typed', () => {
    const form = readStepForm('money', { capitalCost: 'lots', neededBy: 'whenever', statutoryDeadline: 'x' }, TODAY);
    expect(form.errors).toEqual([
      { field: 'capitalCost', message: 'I could not read "lots" as an amount. Write it like 25000 or £25,000.50, or leave it blank if not known.' },
      { field: 'neededBy', message: 'I could not read "whenever" as a date. Write it like 30/06/2027 or 30 June 2027.' },
    ]);
    expect(form.raw).toMatchObject({ capitalCost: 'lots', neededBy: 'whenever' });
  });

  it('reads one entry per line, a toggle, and ignores keys that are not the step\'s', () => {
    const form = readStepForm('risks', { personalData: 'true', systemsTouched: 'Academy\r\n\nCivica Pay; Uniform ', title: 'not this step', verb: 'intake.next' }, TODAY);
    expect(form.candidate).toEqual({ personalData: true, systemsTouched: ['Academy', 'Civica Pay', 'Uniform'], systemsReplaced: [], dependencies: [] });
    expect(Object.keys(form.raw)).not.toContain('title');
  });

  it('takes the typed service area when Other is chosen', () => {
    expect(readStepForm('need', { serviceArea: 'Other', serviceAreaOther: 'Coroner service' }, TODAY)).toMatchObject({ candidate: { serviceArea: 'Coroner service' }, otherServiceArea: true });
    expect(readStepForm('need', { serviceArea: 'Other' }, TODAY).errors.map((error) => error.field)).toEqual(['serviceArea']);
  });

  it('treats values that are not text as empty', () => {
    const form = readStepForm('need', { title: { nested: true }, problem: ['x'] }, TODAY);
    expect(form.candidate).toEqual({});
  });
});
