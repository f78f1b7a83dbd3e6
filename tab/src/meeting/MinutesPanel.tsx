import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { writeMeetingMinutes } from '@entrance-hall/shared/browser/board/write-meeting-minutes';
import { useState } from 'react';
import type { Decision, MeetingRecord } from '../api/api-types';

const useStyles = makeStyles({
  text: {
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '12px',
    maxHeight: '360px',
    overflowY: 'auto',
  },
  buttons: { display: 'flex', gap: '8px', margin: '8px 0' },
});

/** A file name from the meeting title that any file system accepts. */
function minutesFileName(meeting: MeetingRecord): string {
  return `${meeting.title.replace(/[^A-Za-z0-9 _-]+/g, '').trim().replace(/\s+/g, '-') || 'meeting'}-minutes.txt`;
}

/** The meeting's decisions as minutes: shown as text, to copy or download. */
export function MinutesPanel({ meeting, decisions }: { meeting: MeetingRecord; decisions: Decision[] }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>(undefined);
  const minutes = writeMeetingMinutes(meeting, decisions);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(minutes);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([minutes], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = minutesFileName(meeting);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">Minutes</h2>
      <div className={styles.buttons}>
        <Button onClick={() => void copy()}>Copy minutes</Button>
        <Button onClick={download}>Download minutes</Button>
      </div>
      {copied === 'yes' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Minutes copied. Paste them into an email, a chat or the committee report.</MessageBarBody>
        </MessageBar>
      )}
      {copied === 'failed' && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>Your browser did not allow copying. Select the text below and copy it, or download the minutes.</MessageBarBody>
        </MessageBar>
      )}
      <pre className={styles.text} data-testid="minutes-text" tabIndex={0} aria-label="Minutes text">
        {minutes}
      </pre>
    </section>
  );
}
