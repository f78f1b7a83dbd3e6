import { useCallback, useEffect, useState } from 'react';
import { findVisibleWindow, type VisibleWindow } from './visible-window';

/** Before the scroll box is measured, render as if it were this tall (a tall screen's worth). */
const UNMEASURED_HEIGHT_PX = 900;

/**
 * Windowing for a long list of rows of a fixed height in its own scroll box: which rows to render
 * now. Follows scrolling (once a frame) and the box's size. `scrollToRow` brings a row into view
 * (for the keyboard), scrolling as little as it can. `headerPx` is a sticky header above the rows
 * in the same box (a table's), which covers the top of the box.
 */
export function useWindowedRows(count: number, rowHeight: number, headerPx = 0): { boxRef: (element: HTMLElement | null) => void; window: VisibleWindow; scrollToRow: (row: number) => void } {
  const [box, setBox] = useState<HTMLElement | null>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const measure = useCallback(() => {
    if (box) setView((previous) => (previous.top === box.scrollTop && previous.height === box.clientHeight ? previous : { top: box.scrollTop, height: box.clientHeight }));
  }, [box]);
  useEffect(() => {
    if (!box) return undefined;
    measure();
    let frame = 0;
    const onScroll = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => {
      box.removeEventListener('scroll', onScroll);
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [box, measure]);
  const scrollToRow = useCallback(
    (row: number) => {
      if (!box) return;
      const top = headerPx + row * rowHeight;
      if (top < box.scrollTop + headerPx) box.scrollTop = top - headerPx;
      else if (top + rowHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + rowHeight - box.clientHeight;
      // Now, not at the next scroll event: the row about to be focused must be rendered in its place.
      measure();
    },
    [box, rowHeight, headerPx, measure],
  );
  return { boxRef: setBox, window: findVisibleWindow(count, rowHeight, view.top, (view.height || UNMEASURED_HEIGHT_PX) - headerPx), scrollToRow };
}
