import { useEffect, useState } from 'react';

/**
 * The height that takes an element from where it starts down to the bottom of the window (at
 * least `minimum` px), kept up to date as the window changes. The board and its table use it so
 * their own scroll bars, the horizontal one too, sit on screen rather than a page's length down.
 */
export function useFillViewportHeight(element: HTMLElement | null, minimum = 320, bottomGap = 12): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!element) return undefined;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(minimum, Math.floor(window.innerHeight - top - bottomGap)));
    };
    measure();
    window.addEventListener('resize', measure);
    // What sits above may change height (a message bar appears, the filters wrap).
    const observer = new ResizeObserver(measure);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [element, minimum, bottomGap]);
  return height;
}
