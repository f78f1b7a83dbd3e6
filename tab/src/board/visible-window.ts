/** The rows of a long list worth rendering: those in view plus a few either side. */
export interface VisibleWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last one to render (exclusive). */
  end: number;
}

/**
 * Which of `count` rows of `rowHeight` px a scroll box of `viewportHeight` px scrolled to
 * `scrollTop` shows (as far as such a list can scroll), widened by `overscan` rows each way so a fast scroll or an arrow key never
 * meets a blank. Always within [0, count]; an empty list or box renders nothing.
 */
export function findVisibleWindow(count: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan = 4): VisibleWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  // A list that just got shorter (a filter) may still hold an old, deeper scroll position.
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, count * rowHeight - viewportHeight));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end };
}
