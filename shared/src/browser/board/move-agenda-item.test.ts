import { moveAgendaItem } from './move-agenda-item';

describe('moveAgendaItem', () => {
  it('moves an item up or down one place', () => {
    expect(moveAgendaItem(['A', 'B', 'C'], 2, -1)).toEqual(['A', 'C', 'B']);
    expect(moveAgendaItem(['A', 'B', 'C'], 0, 1)).toEqual(['B', 'A', 'C']);
  });

  it('leaves the agenda as it is at either end', () => {
    expect(moveAgendaItem(['A', 'B'], 0, -1)).toEqual(['A', 'B']);
    expect(moveAgendaItem(['A', 'B'], 1, 1)).toEqual(['A', 'B']);
  });

  it('never loses or adds an item, and moving back undoes the move (every position of agendas up to 6 long)', () => {
    for (let length = 1; length <= 6; length += 1) {
      const agenda = Array.from({ length }, (_unused, index) => `EH-${index}`);
      for (let index = 0; index < length; index += 1) {
        for (const offset of [-1, 1] as const) {
          const moved = moveAgendaItem(agenda, index, offset);
          expect([...moved].sort()).toEqual([...agenda].sort());
          const target = index + offset;
          if (target >= 0 && target < length) expect(moveAgendaItem(moved, target, offset === 1 ? -1 : 1)).toEqual(agenda);
          else expect(moved).toEqual(agenda);
        }
      }
    }
  });
});
