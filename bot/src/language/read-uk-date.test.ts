import fc from 'fast-check';
import { findUkDate, readUkDate } from './read-uk-date';

const TODAY = '2026-11-29';

describe('readUkDate', () => {
  it.each([
    ['30/06/2027', '2027-06-30'],
    ['06/05/2027', '2027-05-06'],
    ['6.5.27', '2027-05-06'],
    ['2027-06-30', '2027-06-30'],
    ['30 June 2027', '2027-06-30'],
    ['30th June 2027', '2027-06-30'],
    ['31st March 2027', '2027-03-31'],
    ['end of March', '2027-03-31'],
    ['next March', '2027-03-01'],
    ['by April 2027', '2027-03-31'],
    ['June 2027', '2027-06-01'],
  ])('reads "%s" as %s', (text, date) => {
    expect(readUkDate(text, TODAY)).toBe(date);
  });

  it.each(['', 'soon', 'whenever', '31/02/2027', '45/13/2027', 'asap'])('cannot read "%s"', (text) => {
    expect(readUkDate(text, TODAY)).toBeUndefined();
  });

  it('reads any real day written dd/mm/yyyy day first', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (day) => {
        const iso = day.toISOString().slice(0, 10);
        const [year, month, date] = iso.split('-');
        expect(readUkDate(`${date}/${month}/${year}`, TODAY)).toBe(iso);
      }),
    );
  });

  it('finds the date in a sentence, with the words it came from', () => {
    expect(findUkDate('the current one is out of support next March', TODAY)).toEqual({ date: '2027-03-01', text: expect.stringContaining('march') });
    expect(findUkDate('we need it live by 30/06/2027 at the latest', TODAY)?.date).toBe('2027-06-30');
    expect(findUkDate('we need a new system', TODAY)).toBeUndefined();
  });
});
