import { useCallback, useEffect, useRef } from 'react';

/**
 * Focuses the element matching a selector inside `container` now if it is in the page, or after the
 * next render that puts it there (a windowed row the keyboard just moved to).
 */
export function useFocusWhenRendered(container: HTMLElement | null): (selector: string) => void {
  const pending = useRef<string | undefined>(undefined);
  const tryFocus = useCallback(() => {
    if (pending.current === undefined || !container) return;
    const target = container.querySelector<HTMLElement>(pending.current);
    if (target) {
      pending.current = undefined;
      target.focus();
    }
  }, [container]);
  useEffect(tryFocus);
  return useCallback(
    (selector: string) => {
      pending.current = selector;
      tryFocus();
    },
    [tryFocus],
  );
}
