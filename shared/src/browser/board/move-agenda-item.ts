/**
 * The agenda with one item moved up (offset -1) or down (+1); moving past either end leaves the
 * agenda as it is. Used by keyboard reordering (Move up / Move down) in the meeting's admin.
 */
export function moveAgendaItem<T>(agenda: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (index < 0 || index >= agenda.length || target < 0 || target >= agenda.length) return [...agenda];
  const next = [...agenda];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * The agenda with the item at `from` taken out and put at `to` (positions as the list shows them
 * before the move): what dropping a dragged agenda entry does. Out-of-range positions change nothing.
 */
export function moveAgendaItemTo<T>(agenda: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= agenda.length || to < 0 || to >= agenda.length || from === to) return [...agenda];
  const next = [...agenda];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
