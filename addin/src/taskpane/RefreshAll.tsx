import { useState, type ReactNode } from 'react';
import { Body1, Button, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { formatLongDateTime } from '@entrance-hall/shared/domain/formatting/format-values';
import { describeTableChanges, hasChanges } from '@entrance-hall/shared/domain/reports/summarise-table-changes';
import type { EditedTableChoice, RefreshAnswers, RefreshProgress, RefreshQuestions, RefreshSummary } from '../office/word-tables';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { margin: 0, paddingLeft: '20px' },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

const EDITED_CHOICES: [EditedTableChoice, string][] = [
  ['keep', 'Keep my edits (do not refresh this table)'],
  ['overwrite', 'Overwrite my edits with the latest data'],
  ['insert-below', 'Keep my edited copy and insert the fresh table below it'],
];

/** Asked before anything changes: what to do with tables the author edited, and about Track Changes. */
function RefreshQuestionsForm({ questions, answer }: { questions: RefreshQuestions; answer: (answers: RefreshAnswers) => void }) {
  const styles = useStyles();
  const [edited, setEdited] = useState<Record<string, EditedTableChoice>>(() => Object.fromEntries(questions.edited.map((table) => [table.tag, 'keep' as const])));
  const [pauseTracking, setPauseTracking] = useState(true);
  return (
    <section className={styles.section} aria-labelledby="refresh-questions-heading">
      <h3 id="refresh-questions-heading">Before refreshing</h3>
      {questions.edited.map((table) => (
        <Field key={table.tag} label={`“${table.title}” was edited in this document since Entrance Hall last put it there.`}>
          <RadioGroup value={edited[table.tag]} onChange={(_, data) => setEdited({ ...edited, [table.tag]: data.value as EditedTableChoice })}>
            {EDITED_CHOICES.map(([value, label]) => (
              <Radio key={value} value={value} label={label} />
            ))}
          </RadioGroup>
        </Field>
      ))}
      {questions.trackChangesOn && (
        <>
          <Body1>Track Changes is on: every refreshed table would show as a tracked deletion and insertion.</Body1>
          <Checkbox checked={pauseTracking} onChange={(_, data) => setPauseTracking(data.checked === true)} label="Pause Track Changes while refreshing, then turn it back on" />
        </>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => answer({ proceed: true, pauseTracking: questions.trackChangesOn && pauseTracking, edited })}>
          Continue refreshing
        </Button>
        <Button onClick={() => answer({ proceed: false })}>Cancel</Button>
      </div>
    </section>
  );
}

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
function RefreshReport({ summary, relink }: { summary: RefreshSummary; relink?: (tag: string) => Promise<string> }) {
  const copies = summary.refreshed.reduce((sum, table) => sum + table.copies, 0);
  const [relinked, setRelinked] = useState<Record<string, string>>({});
  if (summary.cancelled) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Refresh cancelled: nothing in the document was changed.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      {summary.trackingPaused && (
        <MessageBar intent="info">
          <MessageBarBody>Track Changes was paused while the tables were refreshed and is on again.</MessageBarBody>
        </MessageBar>
      )}
      {summary.trackChangesOn && !summary.trackingPaused && (
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
      <TableList label={summary.publishedAt ? `What changed since the report was published on ${formatLongDateTime(summary.publishedAt)}` : 'What changed since the last refresh'} tables={summary.refreshed}>
        {(table) => (
          <>
            : {table.edited === 'keep' ? 'kept as you edited it (not refreshed); ' : table.edited === 'insert-below' ? 'fresh table inserted below your edited copy; ' : ''}
            {table.changes ? (hasChanges(table.changes) ? describeTableChanges(table.changes) : 'no changes') : 'refreshed (nothing earlier to compare with)'}
            {table.changes && table.since === 'last refresh' && summary.publishedAt ? ' (since the last refresh: it was not in the published report)' : ''}
            {table.copies > 1 ? ` (${table.copies} copies)` : ''}
          </>
        )}
      </TableList>
      <TableList label="Tables that could not be refreshed" tables={summary.failed}>
        {(table) => <> was not refreshed: {table.reason}</>}
      </TableList>
      <TableList label="Tables no longer in the document" tables={summary.missing}>
        {(table) => (
          <>
            {' '}
            is no longer linked: it was deleted, or its content control was removed.{' '}
            {relinked[table.tag] ?? (relink && (
              <Button size="small" onClick={() => void relink(table.tag).then((result) => setRelinked({ ...relinked, [table.tag]: result }))}>
                Find and re-link “{table.title}”
              </Button>
            ))}
          </>
        )}
      </TableList>
    </>
  );
}

export interface RefreshAllActions {
  refresh: (onProgress: (progress: RefreshProgress) => void, confirm: (questions: RefreshQuestions) => Promise<RefreshAnswers>) => Promise<RefreshSummary>;
  /** Marks the report as published; resolves with when. */
  publish: () => Promise<string>;
  /** When the report was last marked as published. */
  publishedAt?: string;
  /** Finds a table whose control was removed and links it again; resolves with what to tell the author. */
  relink: (tag: string) => Promise<string>;
}

/** One click refreshes every Entrance Hall table in the document; another marks the report as published. */
export function RefreshAll({ actions }: { actions?: RefreshAllActions }) {
  const styles = useStyles();
  const refresh = actions?.refresh;
  const [progress, setProgress] = useState<RefreshProgress | undefined>();
  const [summary, setSummary] = useState<RefreshSummary | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [questions, setQuestions] = useState<{ questions: RefreshQuestions; answer: (answers: RefreshAnswers) => void } | undefined>();
  const [publishedAt, setPublishedAt] = useState(actions?.publishedAt);
  const confirm = (asked: RefreshQuestions) =>
    new Promise<RefreshAnswers>((resolve) =>
      setQuestions({
        questions: asked,
        answer: (answers) => {
          setQuestions(undefined);
          resolve(answers);
        },
      }),
    );
  const publish = async () => {
    if (!actions) return;
    setError(undefined);
    try {
      setPublishedAt(await actions.publish());
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const start = async () => {
    if (!refresh) return;
    setSummary(undefined);
    setError(undefined);
    try {
      setSummary(await refresh(setProgress, confirm));
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
      <Body1>
        {publishedAt
          ? `Changes are measured from the report published on ${formatLongDateTime(publishedAt)}; progress tables show the direction of travel since then.`
          : 'Once the report goes to committee, mark it as published: the next refresh then says what changed since, and progress tables gain a “Since last report” column.'}
      </Body1>
      <Button disabled={!actions || progress !== undefined} onClick={() => void publish()}>
        Mark this report as published
      </Button>
      {questions && <RefreshQuestionsForm questions={questions.questions} answer={questions.answer} />}
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
        {summary && <RefreshReport summary={summary} relink={actions?.relink} />}
      </div>
    </section>
  );
}
