import { useState } from 'react';
import { ApiProblem, describeFailure } from '../api/api-problem';
import type { RequestRecord } from '../api/api-types';

/** The outcome of the last change the person tried, shown above the forms. */
export type ChangeNotice =
  | { kind: 'saved'; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; title: string; detail: string; fields: { field: string; message: string }[] };

function isRequestRecord(value: unknown): value is RequestRecord {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { etag?: unknown }).etag === 'string';
}

/**
 * Runs one change to a request (move, score, decide) against the version on screen. When someone
 * else changed it first (412), the newer version replaces the one on screen and the person is told;
 * their typed answers stay in the form, nothing is overwritten.
 */
export function useRecordChange(record: RequestRecord, onRecord: (record: RequestRecord) => void) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ChangeNotice | undefined>(undefined);
  const run = async (change: (etag: string) => Promise<RequestRecord>, savedMessage: string): Promise<boolean> => {
    setBusy(true);
    setNotice(undefined);
    try {
      onRecord(await change(record.etag));
      setNotice({ kind: 'saved', message: savedMessage });
      return true;
    } catch (error) {
      if (error instanceof ApiProblem && error.isConflict) {
        if (isRequestRecord(error.current)) onRecord(error.current);
        setNotice({
          kind: 'conflict',
          message: `Someone else changed ${record.id} after you opened it, so your change was not saved. The newer version is shown now: check it, then try again if your change still applies.`,
        });
      } else {
        const { title, detail } = describeFailure(error);
        setNotice({ kind: 'failed', title, detail, fields: error instanceof ApiProblem ? error.errors : [] });
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice, run, clearNotice: () => setNotice(undefined) };
}
