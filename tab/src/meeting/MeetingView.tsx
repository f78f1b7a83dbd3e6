import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Me } from '../api/api-types';
import { formatDateTime } from '../common/format';
import { LoadFailure } from '../common/LoadFailure';
import { useLoad } from '../common/use-load';
import { hasPermission } from '../common/permissions';
import { chooseMeeting } from './choose-meeting';
import { MeetingAdmin } from './MeetingAdmin';
import { MeetingRoom } from './MeetingRoom';

export type MeetingLayout = 'content' | 'sidePanel' | 'stage';

const useStyles = makeStyles({
  picker: { maxWidth: '480px', minWidth: 0, flexGrow: 1 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end', marginBottom: '12px' },
});

/** Meeting mode: pick the meeting, then run its agenda one request at a time. */
export function MeetingView({ api, me, layout, meetingId }: { api: ApiClient; me: Me; layout: MeetingLayout; meetingId?: string }) {
  const styles = useStyles();
  const [meetings, reload] = useLoad((signal) => api.call('listMeetings', { signal }), [api]);
  const [chosen, setChosen] = useState<string | undefined>(meetingId);
  const [arranging, setArranging] = useState<'new' | 'edit' | undefined>(undefined);
  const mayArrange = layout === 'content' && hasPermission(me, 'meetings:manage');
  if (meetings.status === 'loading') return <Spinner label="Loading meetings…" />;
  if (meetings.status === 'failed') return <LoadFailure error={meetings.error} what="the meetings" onRetry={() => void reload()} />;
  const list = meetings.data.items;
  const meeting = chooseMeeting(list, chosen);
  const admin = (which: 'new' | 'edit') => (
    <MeetingAdmin
      key={which}
      api={api}
      me={me}
      {...(which === 'edit' && meeting ? { meeting } : {})}
      onCancel={() => setArranging(undefined)}
      onSaved={(saved) => {
        setArranging(undefined);
        setChosen(saved.id);
        void reload();
      }}
    />
  );
  const arrangeButtons = mayArrange && (
    <>
      <Button onClick={() => setArranging('new')}>Arrange a meeting</Button>
      {meeting && <Button onClick={() => setArranging('edit')}>Change this meeting</Button>}
    </>
  );
  if (!meeting) {
    return (
      <>
        <MessageBar intent="info">
          <MessageBarBody>No steering group meetings yet. ICT or the chair arranges one with its agenda of requests ready for decision.</MessageBarBody>
        </MessageBar>
        <div className={styles.bar}>{arrangeButtons}</div>
        {arranging && admin('new')}
      </>
    );
  }
  return (
    <>
      {layout === 'content' && (list.length > 1 || mayArrange) && (
        <div className={styles.bar}>
          {list.length > 1 && (
            <Field label="Meeting" className={styles.picker}>
              <Select value={meeting.id} onChange={(_event, data) => setChosen(data.value)}>
                {list.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {`${entry.title} (${formatDateTime(entry.startsAt)})`}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {arrangeButtons}
        </div>
      )}
      {arranging && admin(arranging)}
      <MeetingRoom key={meeting.id} api={api} me={me} meetingId={meeting.id} layout={layout} />
    </>
  );
}
