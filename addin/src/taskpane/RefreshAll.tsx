import { useState, type ReactNode } from 'react';
import { Body1, Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles } from '@fluentui/react-components';
import { describeTableChanges, hasChanges } from '@entrance-hall/shared/reports/summarise-table-changes';
import type { RefreshProgress, RefreshSummary } from '../office/word-tables';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { margin: 0, paddingLeft: '20px' },
});

const PHASE_WORDS: Record<RefreshProgress['phase'], string> = {
  finding: 'Finding Entrance Hall tables in the document…',
  fetching: 'Fetching the latest data',
  replacing: 'Replacing the tables',
  saving: 'Saving what changed',
};

function progressText(progress: RefreshProgress): string {
  return progress.total > 0 ? `${PHASE_WORDS[progress.phase]}: ${progress.done} of ${progress.total}` : PHASE_WORDS[progress.phase];
}

/** A labelled list of tables, each named in bold and followed by what happened to it; nothing when empty. */
function TableList<T extends { tag: string; title: string }>({ label, tables, children }: { label: string; tables: T[]; children: (table: T) => ReactNode }) {
  const styles = useStyles();
  if (tables.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {tables.map((table) => (
        <li key={table.tag}>
          <strong>{table.title}</strong>
          {children(table)}
        </li>
      ))}
    </ul>
  );
}

/** The summary a report author reads before publishing: what changed, what could not be refreshed. */
function RefreshReport({ summary }: { summary: RefreshSummary }) {
  const copies = summary.refreshed.reduce((sum, table) => sum + table.copies, 0);
  return (
    <>
      {summary.trackChangesOn && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Track Changes is on.</MessageBarTitle>
            The refreshed tables are tracked changes: accept them before publishing, or turn Track Changes off and refresh again.
          </MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent={summary.failed.length > 0 ? 'warning' : 'success'}>
        <MessageBarBody>
          {copies === 0 && summary.failed.length === 0 ? 'There are no Entrance Hall tables in this document yet.' : `Refreshed ${copies} ${copies === 1 ? 'table' : 'tables'}.`}
        </MessageBarBody>
      </MessageBar>
      <TableList label="What changed since the last refresh" tables={summary.refreshed}>
        {(table) => (
          <>
            : {table.changes ? (hasChanges(table.changes) ? describeTableChanges(table.changes) : 'no changes') : 'refreshed (no earlier refresh to compare with)'}
            {table.copies > 1 ? ` (${table.copies} copies)` : ''}
          </>
        )}
      </TableList>
      <TableList label="Tables that could not be refreshed" tables={summary.failed}>
        {(table) => <> was not refreshed: {table.reason}</>}
      </TableList>
      <TableList label="Tables no longer in the document" tables={summary.missing}>
        {() => <> was in this document before and has been deleted.</>}
      </TableList>
    </>
  );
}

/** One click refreshes every Entrance Hall table in the document. */
export function RefreshAll({ refresh }: { refresh?: (onProgress: (progress: RefreshProgress) => void) => Promise<RefreshSummary> }) {
  const styles = useStyles();
  const [progress, setProgress] = useState<RefreshProgress | undefined>();
  const [summary, setSummary] = useState<RefreshSummary | undefined>();
  const [error, setError] = useState<string | undefined>();
  const start = async () => {
    if (!refresh) return;
    setSummary(undefined);
    setError(undefined);
    try {
      setSummary(await refresh(setProgress));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <section className={styles.section} aria-labelledby="refresh-heading">
      <h2 id="refresh-heading">Refresh all tables</h2>
      <Body1>Fetches the latest data for every Entrance Hall table in this document and tells you what changed.</Body1>
      <Button appearance="primary" disabled={!refresh || progress !== undefined} onClick={() => void start()}>
        Refresh all
      </Button>
      {!refresh && <Body1>Open this pane in Word to refresh the tables in a document.</Body1>}
      <div role="status" aria-live="polite">
        {progress && (
          <Field validationMessage={progressText(progress)} validationState="none">
            <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
          </Field>
        )}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {summary && <RefreshReport summary={summary} />}
      </div>
    </section>
  );
}
