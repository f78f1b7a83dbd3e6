import { readNeedDescription } from './read-need';

const TODAY = '2026-11-29';

describe('readNeedDescription', () => {
  it('reads the need, the problem as typed and the date from one sentence', () => {
    const text = 'We need a new case management system for housing because the current one is out of support next March';
    expect(readNeedDescription(text, TODAY)).toEqual({ title: 'New case management system for housing', problem: text, neededBy: '2027-03-01', neededByText: expect.stringContaining('march') });
  });

  it('reads a polite request with an opening greeting', () => {
    expect(readNeedDescription('Hi, I would like to request a new case management system for housing', TODAY)).toMatchObject({ title: 'New case management system for housing' });
    expect(readNeedDescription("We're looking for an online booking system for leisure centres by 30/06/2027", TODAY)).toMatchObject({
      title: 'Online booking system for leisure centres',
      neededBy: '2027-06-30',
    });
  });

  it('leaves out a date in the past', () => {
    expect(readNeedDescription('We need a replacement planning portal by 1 January 2020', TODAY)).toEqual({ title: 'Replacement planning portal', problem: 'We need a replacement planning portal by 1 January 2020' });
  });

  it.each(['new request', 'I need a new system', 'I have an idea', 'start a new project request', 'hello'])('finds nothing to fill in from "%s"', (text) => {
    expect(readNeedDescription(text, TODAY)).toBeUndefined();
  });
});
