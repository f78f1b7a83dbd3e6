import fc from 'fast-check';
import { moveAgendaItemTo } from './move-agenda-item';

describe('moveAgendaItemTo', () => {
  it('puts the dragged item where it was dropped, keeps the others in order, loses nothing', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (agenda, a, b) => {
        const from = a % agenda.length;
        const to = b % agenda.length;
        const moved = moveAgendaItemTo(agenda, from, to);
        expect(moved[to]).toBe(agenda[from]);
        expect(moved.filter((item) => item !== agenda[from])).toEqual(agenda.filter((item) => item !== agenda[from]));
        expect(moveAgendaItemTo(moved, to, from)).toEqual(agenda);
      }),
    );
  });

  it('changes nothing for positions off the agenda', () => {
    expect(moveAgendaItemTo(['A', 'B'], 0, 2)).toEqual(['A', 'B']);
    expect(moveAgendaItemTo(['A', 'B'], -1, 0)).toEqual(['A', 'B']);
  });
});
