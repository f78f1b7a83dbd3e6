import { useState } from 'react';
import { Body1, Button, Field, MessageBar, MessageBarBody, Select, makeStyles } from '@fluentui/react-components';
import type { CatalogueItem } from '@entrance-hall/shared/domain/reports/report-catalogue';
import { usePaneAction } from './use-pane-action';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '12px' },
  control: { maxWidth: '100%', minWidth: 0 },
});

/** Drafts a council-style committee report at the cursor, with live tables in their sections. */
export function DraftReport({ catalogue, draft }: { catalogue: CatalogueItem[]; draft?: (meetingId: string | undefined) => Promise<void> }) {
  const styles = useStyles();
  const meetings = catalogue.find((item) => item.key === 'decisions')?.choices.find((choice) => choice.name === 'meeting')?.options ?? [];
  const [meeting, setMeeting] = useState('');
  const { busy, outcome, perform } = usePaneAction<'draft'>();
  const start = () =>
    perform('draft', async () => {
      await draft?.(meeting || undefined);
      return 'Inserted the report skeleton. Fill in the bracketed prompts; the tables refresh like any other.';
    });
  return (
    <section className={styles.section} aria-labelledby="draft-heading">
      <h2 id="draft-heading">Draft a committee report</h2>
      <Body1>
        Inserts a report skeleton at the cursor: front sheet, purpose, recommendations drafted from the requests awaiting a decision, background, financial, legal, risk and
        equalities implications and appendices, with the live tables in their sections. Everything stays editable.
      </Body1>
      <Field label="Meeting the report goes to">
        <Select className={styles.control} value={meeting} onChange={(_, data) => setMeeting(data.value)}>
          <option value="">Not chosen yet</option>
          {meetings.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={!draft || busy !== undefined} onClick={() => void start()}>
        Insert report skeleton
      </Button>
      {!draft && <Body1>Open this pane in Word to draft a report.</Body1>}
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
