import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Textarea, tokens } from '@fluentui/react-components';
import { moveAgendaItem } from '@entrance-hall/shared/browser/board/move-agenda-item';
import { MEETING_STATUSES, type MeetingStatus } from '@entrance-hall/shared/domain/meetings/meeting';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { ApiProblem, describeFailure } from '../api/api-problem';
import type { Me, MeetingRecord } from '../api/api-types';
import { useLoad } from '../common/use-load';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '720px', padding: '12px', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, marginBottom: '12px' },
  agenda: { margin: 0, paddingLeft: '24px', display: 'flex', flexDirection: 'column', gap: '4px' },
  agendaRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
});

const STATUS_LABELS: Record<MeetingStatus, string> = { planned: 'Planned', in_progress: 'In progress', closed: 'Closed' };

/** "2026-12-16T14:00" in the person's time zone, for a datetime-local input. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * Arranging a meeting (ICT, the chair, admins): date and forum, the agenda from requests ready for
 * decision (reordered with Move up / Move down), who attended and who sent apologies, and its
 * status; "Closed" closes it. Changes to an existing meeting send If-Match; if someone else saved
 * first the newer version is shown and nothing is overwritten.
 */
export function MeetingAdmin({ api, me, meeting, onSaved, onCancel }: { api: ApiClient; me: Me; meeting?: MeetingRecord; onSaved: (meeting: MeetingRecord) => void; onCancel: () => void }) {
  const styles = useStyles();
  const forums = me.organisation.forums ?? [];
  const [ready] = useLoad((signal) => api.call('listRequests', { query: { stage: 'ready_for_decision' }, signal }), [api]);
  const [base, setBase] = useState<MeetingRecord | undefined>(meeting);
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [forum, setForum] = useState(meeting?.forum ?? forums[0] ?? '');
  const [startsAt, setStartsAt] = useState(meeting ? toLocalInput(meeting.startsAt) : '');
  const [agenda, setAgenda] = useState<string[]>(meeting?.agenda ?? []);
  const [adding, setAdding] = useState('');
  const [present, setPresent] = useState((meeting?.attendees ?? []).join('\n'));
  const [apologies, setApologies] = useState((meeting?.apologies ?? []).join('\n'));
  const [status, setStatus] = useState<MeetingStatus>(meeting?.status ?? 'planned');
  const [problem, setProblem] = useState<{ title: string; detail: string; fields: { field: string; message: string }[] } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const readyRequests = ready.status === 'ready' ? ready.data.items : [];
  const titleOf = (id: string) => readyRequests.find((request) => request.id === id)?.title ?? '';
  const fieldError = (field: string) => problem?.fields.find((entry) => entry.field === field)?.message;
  const missing = (value: string, message: string) => (touched && value.trim() === '' ? message : undefined);

  const save = async () => {
    setTouched(true);
    if (title.trim() === '' || forum.trim() === '' || startsAt === '') return;
    setBusy(true);
    setProblem(undefined);
    const body = { title: title.trim(), forum: forum.trim(), startsAt: new Date(startsAt).toISOString(), agenda, attendees: lines(present), apologies: lines(apologies), ...(base ? { status } : {}) };
    try {
      const saved = base ? await api.call('updateMeeting', { params: { id: base.id }, body, etag: base.etag }) : await api.call('createMeeting', { body });
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiProblem && error.isConflict) {
        const current = error.current as MeetingRecord | undefined;
        if (current) setBase(current);
        setProblem({ title: 'Changed by someone else', detail: 'Someone else saved this meeting after you opened it, so your changes were not saved. Their version is now the one you are changing: check your changes, then save again.', fields: [] });
      } else {
        const { title: failure, detail } = describeFailure(error);
        setProblem({ title: failure, detail, fields: error instanceof ApiProblem ? error.errors : [] });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={base ? `Change ${base.title}` : 'Arrange a meeting'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {problem && (
        <MessageBar intent={problem.title === 'Changed by someone else' ? 'warning' : 'error'} role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{problem.title}.</MessageBarTitle> {problem.detail}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label="Title" required validationMessage={missing(title, 'Give the meeting a title.') ?? fieldError('title')}>
        <Input value={title} onChange={(_event, data) => setTitle(data.value)} />
      </Field>
      <div className={styles.row}>
        <Field label="Forum" required validationMessage={missing(forum, 'Choose the forum.') ?? fieldError('forum')}>
          {forums.length > 0 ? (
            <Select value={forum} onChange={(_event, data) => setForum(data.value)}>
              {forums.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </Select>
          ) : (
            <Input value={forum} onChange={(_event, data) => setForum(data.value)} />
          )}
        </Field>
        <Field label="Date and time (UK time)" required validationMessage={missing(startsAt, 'Give the date and time.') ?? fieldError('startsAt')}>
          <Input type="datetime-local" value={startsAt} onChange={(_event, data) => setStartsAt(data.value)} />
        </Field>
        {base && (
          <Field label="Status">
            <Select value={status} onChange={(_event, data) => setStatus(data.value as MeetingStatus)}>
              {MEETING_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {STATUS_LABELS[value]}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <fieldset style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}>
        <legend style={{ fontWeight: 600 }}>Agenda</legend>
        {agenda.length === 0 ? (
          <p>No requests on the agenda yet.</p>
        ) : (
          <ol className={styles.agenda} aria-label="Agenda order">
            {agenda.map((id, index) => (
              <li key={id} data-agenda-entry={id}>
                <span className={styles.agendaRow}>
                  <span>{`${id} ${titleOf(id)}`}</span>
                  <Button size="small" disabled={index === 0} aria-label={`Move up ${id}`} onClick={() => setAgenda(moveAgendaItem(agenda, index, -1))}>
                    Move up
                  </Button>
                  <Button size="small" disabled={index === agenda.length - 1} aria-label={`Move down ${id}`} onClick={() => setAgenda(moveAgendaItem(agenda, index, 1))}>
                    Move down
                  </Button>
                  <Button size="small" aria-label={`Remove ${id} from the agenda`} onClick={() => setAgenda(agenda.filter((entry) => entry !== id))}>
                    Remove
                  </Button>
                </span>
              </li>
            ))}
          </ol>
        )}
        <div className={styles.row} style={{ marginTop: 8 }}>
          <Field label="Add a request ready for decision">
            <Select value={adding} onChange={(_event, data) => setAdding(data.value)}>
              <option value="">Choose a request…</option>
              {readyRequests
                .filter((request) => !agenda.includes(request.id))
                .map((request) => (
                  <option key={request.id} value={request.id}>{`${request.id} ${request.title}`}</option>
                ))}
            </Select>
          </Field>
          <Button
            disabled={adding === ''}
            onClick={() => {
              setAgenda([...agenda, adding]);
              setAdding('');
            }}
          >
            Add to the agenda
          </Button>
        </div>
      </fieldset>
      <div className={styles.row}>
        <Field label="Present (one name a line)" validationMessage={fieldError('attendees')}>
          <Textarea value={present} onChange={(_event, data) => setPresent(data.value)} rows={3} />
        </Field>
        <Field label="Apologies (one name a line)" validationMessage={fieldError('apologies')}>
          <Textarea value={apologies} onChange={(_event, data) => setApologies(data.value)} rows={3} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? 'Saving…' : base ? 'Save the meeting' : 'Arrange the meeting'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
