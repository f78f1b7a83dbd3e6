import { Button, Caption1, Field, Input, makeStyles, Select, Textarea } from '@fluentui/react-components';
import { buildQuarter, quarterOf } from '@entrance-hall/shared/domain/actions/financial-year';
import { LIMITS } from '@entrance-hall/shared/domain/validation/fields';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { RequestRecord } from '../api/api-types';
import { buildProfilePatch, profileDraftOf, type ProfileDraft, type ProfileKey } from './build-profile-patch';
import { RequestProfileEditor } from './RequestProfileEditor';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px', maxWidth: '640px' },
  numbers: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: '8px' },
});

type TextKey = 'title' | 'serviceArea' | 'sponsor' | 'problem' | 'proposedOutcome';
type NumberKey = 'capitalCost' | 'revenueCost' | 'cashableSavings' | 'ictEffortDays';
type DraftKey = TextKey | NumberKey | 'plannedQuarter';
type Draft = Record<DraftKey, string>;

const TEXT_FIELDS: { key: TextKey; label: string; max: number }[] = [
  { key: 'title', label: 'Title', max: 120 },
  { key: 'serviceArea', label: 'Service area', max: LIMITS.shortText },
  { key: 'sponsor', label: 'Sponsor', max: LIMITS.shortText },
  { key: 'problem', label: 'The problem', max: LIMITS.longText },
  { key: 'proposedOutcome', label: 'Proposed outcome', max: LIMITS.longText },
];

const NUMBER_FIELDS: { key: NumberKey; label: string }[] = [
  { key: 'capitalCost', label: 'Capital cost (£)' },
  { key: 'revenueCost', label: 'Annual revenue cost (£)' },
  { key: 'cashableSavings', label: 'Cashable savings (£)' },
  { key: 'ictEffortDays', label: 'ICT effort (days)' },
];

/** How many quarters ahead, from the current one, the quarter picker offers. */
const QUARTERS_AHEAD = 8;

function draftOf(record: RequestRecord): Draft {
  const number = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    title: record.title,
    serviceArea: record.serviceArea,
    sponsor: record.sponsor,
    problem: record.problem,
    proposedOutcome: record.proposedOutcome,
    capitalCost: number(record.capitalCost),
    revenueCost: number(record.revenueCost),
    cashableSavings: number(record.cashableSavings),
    ictEffortDays: number(record.ictEffortDays),
    plannedQuarter: record.plannedQuarter ?? '',
  };
}

/** The current quarter and the next ones, plus the request's own quarter if it lies outside them. */
export function quarterChoices(today: string, planned: string | undefined): { id: string; label: string }[] {
  const current = quarterOf(today);
  const startYear = Number(current.id.slice(0, 4));
  const choices = Array.from({ length: QUARTERS_AHEAD }, (_, offset) => {
    const index = current.quarter - 1 + offset;
    return buildQuarter(startYear + Math.floor(index / 4), ((index % 4) + 1) as 1 | 2 | 3 | 4);
  });
  if (planned && !choices.some((choice) => choice.id === planned)) return [{ id: planned, label: planned }, ...choices];
  return choices;
}

/**
 * The JSON merge patch from the record on screen to the draft: only changed fields; a blank
 * optional field becomes `null` (cleared). Blank required text and numbers that are not whole and
 * non-negative come back as problems, in the words the field shows; the API checks the bounds.
 */
export function buildRequestPatch(record: RequestRecord, draft: Draft, fields: readonly DraftKey[]): { patch: Record<string, unknown>; problems: Partial<Record<DraftKey, string>> } {
  const saved = draftOf(record);
  const patch: Record<string, unknown> = {};
  const problems: Partial<Record<DraftKey, string>> = {};
  for (const key of fields) {
    const value = draft[key].trim();
    if (value === saved[key].trim()) continue;
    const textField = TEXT_FIELDS.find((field) => field.key === key);
    const numberField = NUMBER_FIELDS.find((field) => field.key === key);
    if (textField) {
      if (value === '') problems[key] = `${textField.label} is required.`;
      else patch[key] = value;
    } else if (numberField) {
      if (value === '') patch[key] = null;
      else if (!/^\d+$/.test(value.replace(/,/g, ''))) problems[key] = `${numberField.label.replace(/ \(.*\)$/, '')} must be a whole number, 0 or more, or left blank if not known.`;
      else patch[key] = Number(value.replace(/,/g, ''));
    } else {
      patch[key] = value === '' ? null : value;
    }
  }
  return { patch, problems };
}

/**
 * ICT changes a request's details, and ICT or the chair sequences it into a quarter, against the
 * version on screen (If-Match). What is typed stays in the form when the save fails or someone
 * else saved first; the API's field errors show under their fields.
 */
export function RequestEditForm(props: {
  api: ApiClient;
  record: RequestRecord;
  mayEditFields: boolean;
  busy: boolean;
  serverErrors: readonly { field: string; message: string }[];
  run: (change: (etag: string) => Promise<RequestRecord>, savedMessage: string) => Promise<boolean>;
}) {
  const styles = useStyles();
  const { record } = props;
  // Only what the person changed is kept apart from the record: fields they did not touch follow
  // the newest version on screen (after someone else's save), and only touched fields are sent.
  const [edits, setEdits] = useState<Partial<Draft>>({});
  const [problems, setProblems] = useState<Partial<Record<DraftKey, string>>>({});
  const [profileEdits, setProfileEdits] = useState<Partial<ProfileDraft>>({});
  const [profileProblems, setProfileProblems] = useState<Record<string, string>>({});
  // Lists and boxes changed since the last try at saving: their earlier problems no longer apply.
  const [changedSinceSave, setChangedSinceSave] = useState<ReadonlySet<ProfileKey>>(new Set());
  const [unchanged, setUnchanged] = useState(false);
  const [stopped, setStopped] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  // A save stopped at the fields takes the keyboard to the first field with a problem.
  useEffect(() => {
    if (stopped > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [stopped]);
  const draft: Draft = { ...draftOf(record), ...edits };
  const profileDraft: ProfileDraft = { ...profileDraftOf(record), ...profileEdits };
  const editable = (props.mayEditFields ? [...TEXT_FIELDS.map((field) => field.key), ...NUMBER_FIELDS.map((field) => field.key), 'plannedQuarter'] : ['plannedQuarter']) as DraftKey[];
  const set = (key: DraftKey, value: string) => {
    setEdits((previous) => ({ ...previous, [key]: value }));
    setUnchanged(false);
  };
  const setProfile = <K extends ProfileKey>(key: K, value: ProfileDraft[K]) => {
    setProfileEdits((previous) => ({ ...previous, [key]: value }));
    setChangedSinceSave((previous) => new Set(previous).add(key));
    setUnchanged(false);
  };
  const messageAt = (path: string) => (changedSinceSave.has(path.split('.')[0] as ProfileKey) ? undefined : (profileProblems[path] ?? props.serverErrors.find((error) => error.field === path)?.message));
  const messageFor = (key: DraftKey) => problems[key] ?? props.serverErrors.find((error) => error.field === key || error.field.startsWith(`${key}.`))?.message;
  const fieldProps = (key: DraftKey) => {
    const message = messageFor(key);
    return message ? { validationMessage: message, validationState: 'error' as const } : {};
  };
  const submit = async () => {
    const fields = buildRequestPatch(record, draft, editable.filter((key) => key in edits));
    const profile = props.mayEditFields ? buildProfilePatch(record, profileEdits) : { patch: {}, problems: {} };
    setProblems(fields.problems);
    setProfileProblems(profile.problems);
    setChangedSinceSave(new Set());
    if (Object.keys(fields.problems).length > 0 || Object.keys(profile.problems).length > 0) {
      setStopped((count) => count + 1);
      return;
    }
    const patch = { ...fields.patch, ...profile.patch };
    if (Object.keys(patch).length === 0) {
      setUnchanged(true);
      return;
    }
    const saved = await props.run((etag) => props.api.call('updateRequest', { params: { id: record.id }, body: patch, etag }), props.mayEditFields ? 'Changes saved.' : 'Quarter saved.');
    if (saved) {
      setEdits({});
      setProfileEdits({});
    }
  };
  const quarters = quarterChoices(new Date().toISOString().slice(0, 10), draft.plannedQuarter || record.plannedQuarter);
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={props.mayEditFields ? `Edit ${record.id}` : `Sequence ${record.id}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {props.mayEditFields && (
        <>
          {TEXT_FIELDS.map(({ key, label, max }) => (
            <Field key={key} label={label} required hint={`${draft[key].length} of ${max} characters`} {...fieldProps(key)}>
              {max > LIMITS.shortText ? (
                <Textarea value={draft[key]} maxLength={max} resize="vertical" onChange={(_event, data) => set(key, data.value)} />
              ) : (
                <Input value={draft[key]} maxLength={max} onChange={(_event, data) => set(key, data.value)} />
              )}
            </Field>
          ))}
          <div className={styles.numbers}>
            {NUMBER_FIELDS.map(({ key, label }) => (
              <Field key={key} label={label} hint="Leave blank if not known" {...fieldProps(key)}>
                <Input inputMode="numeric" value={draft[key]} onChange={(_event, data) => set(key, data.value)} />
              </Field>
            ))}
          </div>
          <RequestProfileEditor idPrefix={`edit-${record.id}`} draft={profileDraft} set={setProfile} messageFor={messageAt} />
        </>
      )}
      <Field label="Planned quarter" {...fieldProps('plannedQuarter')}>
        <Select value={draft.plannedQuarter} onChange={(_event, data) => set('plannedQuarter', data.value)}>
          <option value="">Not sequenced yet</option>
          {quarters.map((quarter) => (
            <option key={quarter.id} value={quarter.id}>
              {quarter.label}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1 as="p" block role="status">
        {unchanged ? 'Nothing has changed, so there is nothing to save.' : ''}
      </Caption1>
      <div>
        <Button type="submit" disabled={props.busy}>
          {props.busy ? 'Saving…' : props.mayEditFields ? 'Save changes' : 'Save quarter'}
        </Button>
      </div>
    </form>
  );
}
