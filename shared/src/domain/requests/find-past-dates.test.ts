import fc from 'fast-check';
import { findPastDates, PLANNED_DATE_FIELDS } from './find-past-dates';

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

describe('a planned date cannot already have passed', () => {
  it('refuses every date before today, names the field, and accepts today and any later date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLANNED_DATE_FIELDS), day, day, (field, value, today) => {
        const errors = findPastDates({ [field]: value }, today);
        if (value < today) expect(errors).toEqual([{ field, message: expect.stringMatching(/^That date has passed/) }]);
        else expect(errors).toEqual([]);
      }),
    );
  });

  it('does not judge a date sent back as it is stored (an update that did not change it)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLANNED_DATE_FIELDS), day, day, day, (field, stored, sent, today) => {
        const errors = findPastDates({ [field]: sent }, today, { [field]: stored });
        expect(errors.length > 0).toBe(sent < today && sent !== stored);
      }),
    );
  });

  it('reports both dates at once, and nothing for dates not given', () => {
    expect(findPastDates({ neededBy: '2019-03-01', statutoryDeadline: '1999-12-31' }, '2026-11-29').map((error) => error.field)).toEqual(['neededBy', 'statutoryDeadline']);
    expect(findPastDates({}, '2026-11-29')).toEqual([]);
  });
});
