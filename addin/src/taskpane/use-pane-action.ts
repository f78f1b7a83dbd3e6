import { useState } from 'react';

export interface PaneOutcome {
  intent: 'success' | 'error';
  text: string;
}

/** One button's work in the pane: busy while it runs, then what happened in words (the error's message on failure). */
export function usePaneAction<Kind extends string>() {
  const [busy, setBusy] = useState<Kind | undefined>();
  const [outcome, setOutcome] = useState<PaneOutcome | undefined>();
  /** Runs `work`, which resolves with the success message. */
  const perform = async (kind: Kind, work: () => Promise<string>) => {
    setBusy(kind);
    setOutcome(undefined);
    try {
      setOutcome({ intent: 'success', text: await work() });
    } catch (error) {
      setOutcome({ intent: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, outcome, setOutcome, perform };
}
