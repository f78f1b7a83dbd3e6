import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DECISION_MAKER_KINDS, DECISION_MAKER_KIND_LABELS, type ConstitutionSettings, type DelegationLevel } from '@entrance-hall/shared/domain/constitution/constitution-settings';
import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { ApiProblem, describeFailure } from '../api/api-problem';
import { LoadFailure } from '../common/LoadFailure';
import { useLoad } from '../common/use-load';
import { locateForumErrors, readMeetingDates } from './locate-forum-errors';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '960px' },
  fieldset: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'flex-end' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: '0 4px' },
});

/** The form's text for each number, so an admin can type freely and see what the server refuses. */
interface Draft {
  delegation: { decisionMaker: string; kind: DelegationLevel['kind']; upTo: string }[];
  wholeLifeYears: string;
  moneyThreshold: string;
  wardsThreshold: string;
  noticeClearDays: string;
  count: ConstitutionSettings['forwardPlan']['count'];
  forums: { name: string; meetingDates: string }[];
}

function toDraft(settings: ConstitutionSettings): Draft {
  return {
    delegation: settings.delegation.map((level) => ({ decisionMaker: level.decisionMaker, kind: level.kind, upTo: level.upTo === undefined ? '' : String(level.upTo) })),
    wholeLifeYears: String(settings.wholeLifeYears),
    moneyThreshold: String(settings.keyDecision.moneyThreshold),
    wardsThreshold: String(settings.keyDecision.wardsThreshold),
    noticeClearDays: String(settings.forwardPlan.noticeClearDays),
    count: settings.forwardPlan.count,
    forums: settings.forums.map((forum) => ({ name: forum.name, meetingDates: forum.meetingDates.join('\n') })),
  };
}

/** A number typed in the form; text that is not one is sent as typed, for the server to name. */
const numberOf = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text.replace(/[£,\s]/g, ''))) ? Number(text.replace(/[£,\s]/g, '')) : text);

/**
 * The settings to send. A number the admin typed that does not read as one is sent as typed, so
 * the server refuses it by field (400 naming it); hence the one cast, here rather than at the call.
 */
function fromDraft(draft: Draft): ConstitutionSettings {
  return {
    delegation: draft.delegation.map((level) => ({ decisionMaker: level.decisionMaker, kind: level.kind, ...(level.upTo.trim() !== '' ? { upTo: numberOf(level.upTo) } : {}) })),
    wholeLifeYears: numberOf(draft.wholeLifeYears),
    keyDecision: { moneyThreshold: numberOf(draft.moneyThreshold), wardsThreshold: numberOf(draft.wardsThreshold) },
    forwardPlan: { noticeClearDays: numberOf(draft.noticeClearDays), count: draft.count },
    forums: draft.forums.map((forum) => ({ name: forum.name, meetingDates: readMeetingDates(forum.meetingDates).map((entry) => entry.date) })),
  } as ConstitutionSettings;
}

/**
 * The administrator's organisation settings: the scheme of delegation, the key decision tests,
 * the forward plan's notice period and the forums with their meeting dates. Saved whole with the
 * version the admin saw; what the server refuses is shown by field, and the typing is kept.
 */
export function OrganisationSettingsView({ api, canEdit }: { api: ApiClient; canEdit: boolean }) {
  const styles = useStyles();
  const [state, reload] = useLoad((signal) => api.call('getOrganisationSettings', { signal }), [api]);
  const [draft, setDraft] = useState<Draft | undefined>();
  const [etag, setEtag] = useState<string>('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; title: string; detail?: string } | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (state.status === 'ready' && !draft) {
      setDraft(toDraft(state.data));
      setEtag(state.data.etag);
    }
  }, [state, draft]);

  if (state.status === 'loading' || (state.status === 'ready' && !draft)) return <Spinner label="Loading the organisation settings…" />;
  if (state.status === 'failed' && !draft) return <LoadFailure error={state.error} what="the organisation settings" onRetry={() => void reload()} />;
  const form = draft!;
  const update = (change: Partial<Draft>) => setDraft({ ...form, ...change });
  const errorFor = (field: string) => errors.filter((error) => error.field === field).map((error) => error.message).join(' ') || undefined;
  const fieldState = (field: string) => (errorFor(field) ? { validationState: 'error' as const, validationMessage: errorFor(field) } : {});

  const save = async () => {
    setSaving(true);
    setNotice(undefined);
    try {
      const saved = await api.call('replaceOrganisationSettings', { body: fromDraft(form), etag });
      setErrors([]);
      setEtag(saved.etag);
      setDraft(toDraft(saved));
      setNotice({ intent: 'success', title: 'Settings saved. Every request’s decision route now follows them.' });
    } catch (error) {
      const { title, detail } = describeFailure(error);
      // Meeting-date problems say which forum and line; the summary above the form lists the same.
      const located = error instanceof ApiProblem ? locateForumErrors(error.errors, form.forums) : [];
      setErrors(located);
      const summary = error instanceof ApiProblem ? [error.detail, ...located.map((entry) => entry.message)].filter(Boolean).join(' ') : detail;
      setNotice({ intent: 'error', title, detail: error instanceof ApiProblem && error.isConflict ? 'Someone else saved the settings first. Reload to see theirs; your typing is kept until you do.' : summary });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby="settings-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Text as="h2" id="settings-heading" size={500} weight="semibold">
        Organisation settings: how decisions are routed
      </Text>
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle> {notice.detail}
          </MessageBarBody>
        </MessageBar>
      )}
      <fieldset className={styles.fieldset} disabled={!canEdit}>
        <legend className={styles.legend}>Scheme of delegation (whole-life cost, lowest level first)</legend>
        {errorFor('delegation') && <Text role="alert">{errorFor('delegation')}</Text>}
        {form.delegation.map((level, index) => (
          <div className={styles.row} key={index} role="group" aria-label={`Level ${index + 1}`}>
            <Field label={`Level ${index + 1}: decision maker`} {...fieldState(`delegation.${index}.decisionMaker`)}>
              <Input value={level.decisionMaker} onChange={(_event, data) => update({ delegation: form.delegation.map((item, at) => (at === index ? { ...item, decisionMaker: data.value } : item)) })} />
            </Field>
            <Field label={`Level ${index + 1}: kind`} {...fieldState(`delegation.${index}.kind`)}>
              <Select value={level.kind} onChange={(_event, data) => update({ delegation: form.delegation.map((item, at) => (at === index ? { ...item, kind: data.value as DelegationLevel['kind'] } : item)) })}>
                {DECISION_MAKER_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {DECISION_MAKER_KIND_LABELS[kind]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={`Level ${index + 1}: may approve up to (£; empty for no limit)`} {...fieldState(`delegation.${index}.upTo`)}>
              <Input inputMode="numeric" value={level.upTo} onChange={(_event, data) => update({ delegation: form.delegation.map((item, at) => (at === index ? { ...item, upTo: data.value } : item)) })} />
            </Field>
          </div>
        ))}
        <div className={styles.row}>
          <Button onClick={() => update({ delegation: [...form.delegation, { decisionMaker: '', kind: 'member_body', upTo: '' }] })}>Add a level</Button>
          {form.delegation.length > 1 && <Button onClick={() => update({ delegation: form.delegation.slice(0, -1) })}>Remove the top level</Button>}
        </div>
        <Field label="Years of revenue cost counted in the whole-life cost" {...fieldState('wholeLifeYears')}>
          <Input inputMode="numeric" value={form.wholeLifeYears} onChange={(_event, data) => update({ wholeLifeYears: data.value })} />
        </Field>
      </fieldset>
      <fieldset className={styles.fieldset} disabled={!canEdit}>
        <legend className={styles.legend}>Key decisions and the forward plan</legend>
        <div className={styles.row}>
          <Field label="Key decision from a whole-life cost of (£)" {...fieldState('keyDecision.moneyThreshold')}>
            <Input inputMode="numeric" value={form.moneyThreshold} onChange={(_event, data) => update({ moneyThreshold: data.value })} />
          </Field>
          <Field label="or a significant effect on this many wards" {...fieldState('keyDecision.wardsThreshold')}>
            <Input inputMode="numeric" value={form.wardsThreshold} onChange={(_event, data) => update({ wardsThreshold: data.value })} />
          </Field>
        </div>
        <div className={styles.row}>
          <Field label="Forward plan notice (clear days)" {...fieldState('forwardPlan.noticeClearDays')}>
            <Input inputMode="numeric" value={form.noticeClearDays} onChange={(_event, data) => update({ noticeClearDays: data.value })} />
          </Field>
          <Field label="Clear days counted as" {...fieldState('forwardPlan.count')}>
            <Select value={form.count} onChange={(_event, data) => update({ count: data.value as Draft['count'] })}>
              <option value="calendar">Calendar days (as the 2012 Regulations count them)</option>
              <option value="working">Working days (weekends and bank holidays skipped)</option>
            </Select>
          </Field>
        </div>
      </fieldset>
      <fieldset className={styles.fieldset} disabled={!canEdit}>
        <legend className={styles.legend}>Forums and their meeting dates</legend>
        {form.forums.map((forum, index) => (
          <div className={styles.row} key={index} role="group" aria-label={`Forum ${index + 1}`}>
            <Field label={`Forum ${index + 1}: name`} {...fieldState(`forums.${index}.name`)}>
              <Input value={forum.name} onChange={(_event, data) => update({ forums: form.forums.map((item, at) => (at === index ? { ...item, name: data.value } : item)) })} />
            </Field>
            <Field label={`Forum ${index + 1}: meeting dates (YYYY-MM-DD, one a line)`} {...fieldState(`forums.${index}.meetingDates`)} validationMessage={errors.filter((error) => error.field.startsWith(`forums.${index}.meetingDates`)).map((error) => error.message).join(' ') || undefined}>
              <Textarea resize="vertical" rows={4} value={forum.meetingDates} onChange={(_event, data) => update({ forums: form.forums.map((item, at) => (at === index ? { ...item, meetingDates: data.value } : item)) })} />
            </Field>
          </div>
        ))}
        <div className={styles.row}>
          <Button onClick={() => update({ forums: [...form.forums, { name: '', meetingDates: '' }] })}>Add a forum</Button>
        </div>
      </fieldset>
      {canEdit ? (
        <div className={styles.row}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save settings'}
          </Button>
        </div>
      ) : (
        <Text>Only an administrator can change these settings.</Text>
      )}
    </form>
  );
}
