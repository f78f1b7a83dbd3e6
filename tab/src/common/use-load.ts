import { useCallback, useEffect, useRef, useState } from 'react';

/** The state of something loaded from the API. */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T; refreshing: boolean } | { status: 'failed'; error: unknown; data?: T };

/**
 * Loads data with `load`, keeps the last good data while reloading, and exposes reload. When a
 * reload fails after a good load, the old data stays on screen beside the error.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => Promise<void>, (update: (data: T) => T) => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const controller = useRef<AbortController | null>(null);
  const stableLoad = useCallback(load, deps);
  const reload = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState((previous) => (previous.status === 'ready' ? { ...previous, refreshing: true } : previous.status === 'failed' && previous.data !== undefined ? previous : { status: 'loading' }));
    try {
      const data = await stableLoad(current.signal);
      if (!current.signal.aborted) setState({ status: 'ready', data, refreshing: false });
    } catch (error) {
      if (current.signal.aborted) return;
      setState((previous) => ({ status: 'failed', error, ...(previous.status === 'ready' ? { data: previous.data } : previous.status === 'failed' && previous.data !== undefined ? { data: previous.data } : {}) }));
    }
  }, [stableLoad]);
  useEffect(() => {
    void reload();
    return () => controller.current?.abort();
  }, [reload]);
  const update = useCallback((change: (data: T) => T) => {
    setState((previous) => (previous.status === 'ready' ? { ...previous, data: change(previous.data) } : previous));
  }, []);
  return [state, reload, update];
}
