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
