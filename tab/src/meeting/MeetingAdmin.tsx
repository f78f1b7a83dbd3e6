import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Textarea, tokens } from '@fluentui/react-components';
import { moveAgendaItemTo } from '@entrance-hall/shared/browser/board/move-agenda-item';
import { MEETING_STATUSES, type MeetingStatus } from '@entrance-hall/shared/domain/meetings/meeting';
import { meetingFormFrom, meetingPatch, nameLines, rebaseMeetingForm, type MeetingForm } from './meeting-form';
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
  grip: { cursor: 'grab', color: tokens.colorNeutralForeground3 },
  dragging: { opacity: 0.5 },
  hint: { margin: '0 0 6px 0', color: tokens.colorNeutralForeground2 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

const STATUS_LABELS: Record<MeetingStatus, string> = { planned: 'Planned', in_progress: 'In progress', closed: 'Closed' };

/**
 * Arranging a meeting (ICT, the chair, admins): date and forum, the agenda from requests ready for
 * decision (reordered by dragging or with Move up / Move down), who attended and who sent apologies, and its
 * status; "Closed" closes it. Changes to an existing meeting are a merge patch of what changed,
 * with If-Match; if someone else saved first (a 412), what the person changed is kept and the rest
 * shows the newer version, to save again deliberately.
 */
export function MeetingAdmin({ api, me, meeting, onSaved, onCancel }: { api: ApiClient; me: Me; meeting?: MeetingRecord; onSaved: (meeting: MeetingRecord) => void; onCancel: () => void }) {
  const styles = useStyles();
  const forums = me.organisation.forums ?? [];
  const [ready] = useLoad((signal) => api.callAllPages('listRequests', { query: { stage: 'ready_for_decision' }, signal }), [api]);
  const [base, setBase] = useState<MeetingRecord | undefined>(meeting);
  const [form, setForm] = useState<MeetingForm>(() => (meeting ? meetingFormFrom(meeting) : { title: '', forum: forums[0] ?? '', startsAt: '', agenda: [], present: '', apologies: '', status: 'planned' }));
  const { title, forum, startsAt, agenda, present, apologies, status } = form;
  const set = <K extends keyof MeetingForm>(key: K) => (value: MeetingForm[K]) => setForm((previous) => ({ ...previous, [key]: value }));
  const [setTitle, setForum, setStartsAt, setAgenda, setPresent, setApologies, setStatus] = [set('title'), set('forum'), set('startsAt'), set('agenda'), set('present'), set('apologies'), set('status')];
  const [adding, setAdding] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState<{ title: string; detail: string; fields: { field: string; message: string }[] } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const readyRequests = ready.status === 'ready' ? ready.data.items : [];
  const titleOf = (id: string) => readyRequests.find((request) => request.id === id)?.title ?? '';
  const fieldError = (field: string) => problem?.fields.find((entry) => entry.field === field)?.message;
  const missing = (value: string, message: string) => (touched && value.trim() === '' ? message : undefined);

  /** Drag and the buttons both end here; a screen reader hears where the item went. */
  const moveTo = (from: number, to: number) => {
    const moved = moveAgendaItemTo(agenda, from, to);
    if (from === to || to < 0 || to >= agenda.length) return;
    setAgenda(moved);
    setAnnouncement(`${agenda[from]} moved to position ${to + 1} of ${agenda.length}.`);
  };

  const save = async () => {
    setTouched(true);
    if (title.trim() === '' || forum.trim() === '' || startsAt === '') return;
    if (base && Object.keys(meetingPatch(form, base)).length === 0) return onSaved(base);
    setBusy(true);
    setProblem(undefined);
    try {
      // A change is a merge patch of only what the person changed, so nobody else's change is written over.
      const saved = base
        ? await api.call('updateMeeting', { params: { id: base.id }, body: meetingPatch(form, base), etag: base.etag })
        : await api.call('createMeeting', { body: { title: title.trim(), forum: forum.trim(), startsAt: new Date(startsAt).toISOString(), agenda, attendees: nameLines(present), apologies: nameLines(apologies) } });
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiProblem && error.isConflict) {
        const current = error.current as MeetingRecord | undefined;
        if (current && base) {
          setForm(rebaseMeetingForm(form, base, current));
          setBase(current);
        }
        setProblem({ title: 'Changed by someone else', detail: 'Someone else saved this meeting after you opened it, so your changes were not saved. Your changes (the agenda order among them) are kept; what you did not change now shows their version. Check, then save again.', fields: [] });
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
        <p id="agenda-drag-hint" className={styles.hint}>
          Drag an item to reorder, or use Move up and Move down.
        </p>
        <div aria-live="polite" className={styles.hidden}>
          {announcement}
        </div>
        {agenda.length === 0 ? (
          <p>No requests on the agenda yet.</p>
        ) : (
          <ol className={styles.agenda} aria-label="Agenda order" aria-describedby="agenda-drag-hint">
            {agenda.map((id, index) => (
              <li
                key={id}
                data-agenda-entry={id}
                draggable
                className={index === dragging ? styles.dragging : undefined}
                onDragStart={(event) => {
                  setDragging(index);
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', id);
                }}
                onDragEnd={() => setDragging(undefined)}
                onDragOver={(event) => {
                  if (dragging !== undefined) event.preventDefault();
                }}
                onDrop={(event) => {
                  event.preventDefault();
                  if (dragging !== undefined) moveTo(dragging, index);
                  setDragging(undefined);
                }}
              >
                <span className={styles.agendaRow}>
                  <span className={styles.grip} aria-hidden="true">
                    ⠿
                  </span>
                  <span>{`${id} ${titleOf(id)}`}</span>
                  <Button size="small" disabled={index === 0} aria-label={`Move up ${id}`} onClick={() => moveTo(index, index - 1)}>
                    Move up
                  </Button>
                  <Button size="small" disabled={index === agenda.length - 1} aria-label={`Move down ${id}`} onClick={() => moveTo(index, index + 1)}>
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
