/** Where the keyboard is on the board: a column and a row within it. */
export interface RovingPosition {
  column: number;
  row: number;
}

/** Rows to jump by with Page Up / Page Down. */
export const PAGE_ROWS = 5;

/**
 * Where an arrow key (or Home, End, Page Up, Page Down) takes the keyboard on a board whose columns
 * hold `lengths[c]` cards: up and down within a column, left and right to the nearest column that
 * has cards, keeping the row as near as that column allows. Undefined for any other key (the
 * browser keeps it). A single column (the table) is the same with no left or right.
 */
export function moveRovingPosition(position: RovingPosition, key: string, lengths: readonly number[]): RovingPosition | undefined {
  const length = lengths[position.column] ?? 0;
  const clampRow = (row: number, size: number) => Math.max(0, Math.min(size - 1, row));
  switch (key) {
    case 'ArrowDown':
      return { ...position, row: clampRow(position.row + 1, length) };
    case 'ArrowUp':
      return { ...position, row: clampRow(position.row - 1, length) };
    case 'PageDown':
      return { ...position, row: clampRow(position.row + PAGE_ROWS, length) };
    case 'PageUp':
      return { ...position, row: clampRow(position.row - PAGE_ROWS, length) };
    case 'Home':
      return { ...position, row: 0 };
    case 'End':
      return { ...position, row: Math.max(0, length - 1) };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowRight' ? 1 : -1;
      for (let column = position.column + step; column >= 0 && column < lengths.length; column += step) {
        if ((lengths[column] ?? 0) > 0) return { column, row: clampRow(position.row, lengths[column]!) };
      }
      return position;
    }
    default:
      return undefined;
  }
}
