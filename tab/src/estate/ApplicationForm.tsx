import { Button, Field, Input, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { CAPABILITIES, CAPABILITY_IDS, DISPOSITIONS, DISPOSITION_IDS, HOSTING, SUPPORT_STATUSES, type Application } from '@entrance-hall/shared/domain/estate/application';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { WithEtag } from '../api/api-types';
import { fieldState } from '../common/form-draft';
import { FormNoticeBar } from '../common/FormNoticeBar';
import { RecordForm } from '../common/RecordForm';
import { useFormStyles } from '../common/form-styles';
import { useFormSubmit } from '../common/use-form-submit';
import { APPLICATION_FORM_FIELDS, EMPTY_APPLICATION_DRAFT, applicationPatch, checkApplicationDraft, fromApplicationDraft, toApplicationDraft, type ApplicationDraft } from './application-draft';

export type ApplicationRecord = WithEtag<Application>;

/** Each field's label, for the form and for saying in words what someone else changed. */
const LABELS: Record<keyof ApplicationDraft, string> = {
  name: 'Name',
  supplier: 'Supplier',
  serviceAreas: 'Service areas (one a line)',
  capability: 'Capability',
  hosting: 'Hosting',
  supportStatus: 'Support status',
  contractEnd: 'Contract end',
  annualCost: 'Annual cost (£, whole pounds; empty if not known)',
  users: 'Users (empty if not known)',
  personalData: 'Holds personal data',
  businessOwner: 'Business owner',
  disposition: 'Disposition (TIME)',
  dispositionTargetDate: 'Disposition target date',
  retiredOn: 'Switched off on',
  notes: 'Notes',
};

function choices(values: Record<string, string>) {
  return Object.entries(values).map(([id, label]) => (
    <option key={id} value={id}>
      {label}
    </option>
  ));
}

/**
 * Adds an application to the register, or changes one (a merge patch of only what changed, with
 * the version on screen). The domain's schema checks the draft before anything is sent; whatever
 * is refused is said at its field and nothing is stored. When someone else saved first, the typing
 * is kept, what they changed is named, and saving again applies this person's changes over theirs.
 */
export function ApplicationForm({ api, application, onSaved, onCancel }: { api: ApiClient; application?: ApplicationRecord; onSaved: (saved: ApplicationRecord, message: string) => void; onCancel: () => void }) {
  const styles = useFormStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [base, setBase] = useState<ApplicationRecord | undefined>(application);
  const [draft, setDraft] = useState<ApplicationDraft>(application ? toApplicationDraft(application) : EMPTY_APPLICATION_DRAFT);
  const { errors, notice, saving, submit } = useFormSubmit(formRef);
  useEffect(() => headingRef.current?.focus(), []);
  const update = (change: Partial<ApplicationDraft>) => setDraft((current) => ({ ...current, ...change }));
  const field = (name: keyof ApplicationDraft) => ({ label: LABELS[name], ...fieldState(errors, name) });
  const headingId = application ? `application-form-${application.id}` : 'application-form-new';
  const heading = application ? `Change ${application.name}` : 'Add an application to the register';

  const save = () =>
    submit({
      check: () => checkApplicationDraft(draft),
      send: async () => {
        if (!base) {
          const created = await api.call('createApplication', { body: fromApplicationDraft(draft) });
          onSaved(created, `${created.name} was added to the register.`);
          return undefined;
        }
        const patch = applicationPatch(base, draft);
        if (Object.keys(patch).length === 0) return 'Nothing was changed, so nothing was saved.';
        const updated = await api.call('updateApplication', { params: { id: base.id }, body: patch, etag: base.etag });
        onSaved(updated, `${updated.name} was saved.`);
        return undefined;
      },
      onConflict: (current) => {
        const theirs = current as ApplicationRecord | undefined;
        if (!theirs || !base) return { intent: 'warning', title: 'Someone else changed this application first. Nothing of yours was saved; your typing is kept.' };
        const changed = APPLICATION_FORM_FIELDS.filter((name) => JSON.stringify(base[name]) !== JSON.stringify(theirs[name])).map((name) => LABELS[name].replace(/ \(.*\)$/, ''));
        // What this person typed stays; the fields they left alone take the other person's values.
        const opened = toApplicationDraft(base);
        const newer = toApplicationDraft(theirs);
        setDraft((typed) => Object.fromEntries(Object.entries(typed).map(([name, value]) => [name, value === opened[name as keyof ApplicationDraft] ? newer[name as keyof ApplicationDraft] : value])) as unknown as ApplicationDraft);
        setBase(theirs);
        return {
          intent: 'warning',
          title: `Someone else saved a change to ${theirs.name} after you opened it, so nothing of yours was saved.`,
          detail: `They changed: ${changed.join(', ') || 'nothing you can see here'}. Your typing is kept and the fields you did not touch now show theirs: save again to apply your changes, or cancel to leave theirs.`,
        };
      },
    });

  return (
    <RecordForm formRef={formRef} labelledBy={headingId} onSubmit={() => void save()}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {heading}
      </h3>
      <FormNoticeBar notice={notice} />
      <div className={styles.row}>
        <Field {...field('name')} required className={styles.wide}>
          <Input value={draft.name} onChange={(_event, data) => update({ name: data.value })} />
        </Field>
        <Field {...field('supplier')} required>
          <Input value={draft.supplier} onChange={(_event, data) => update({ supplier: data.value })} />
        </Field>
        <Field {...field('businessOwner')} required>
          <Input value={draft.businessOwner} onChange={(_event, data) => update({ businessOwner: data.value })} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field {...field('serviceAreas')} required>
          <Textarea rows={2} resize="vertical" value={draft.serviceAreas} onChange={(_event, data) => update({ serviceAreas: data.value })} />
        </Field>
        <Field {...field('capability')} required>
          <Select value={draft.capability} onChange={(_event, data) => update({ capability: data.value as ApplicationDraft['capability'] })}>
            <option value="">Choose a capability</option>
            {choices(Object.fromEntries(CAPABILITY_IDS.map((id) => [id, CAPABILITIES[id].label])))}
          </Select>
        </Field>
        <Field {...field('hosting')} required>
          <Select value={draft.hosting} onChange={(_event, data) => update({ hosting: data.value as ApplicationDraft['hosting'] })}>
            <option value="">Choose hosting</option>
            {choices(HOSTING)}
          </Select>
        </Field>
        <Field {...field('supportStatus')} required>
          <Select value={draft.supportStatus} onChange={(_event, data) => update({ supportStatus: data.value as ApplicationDraft['supportStatus'] })}>
            <option value="">Choose a support status</option>
            {choices(SUPPORT_STATUSES)}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field {...field('contractEnd')}>
          <Input type="date" value={draft.contractEnd} onChange={(_event, data) => update({ contractEnd: data.value })} />
        </Field>
        <Field {...field('annualCost')}>
          <Input inputMode="numeric" value={draft.annualCost} onChange={(_event, data) => update({ annualCost: data.value })} />
        </Field>
        <Field {...field('users')}>
          <Input inputMode="numeric" value={draft.users} onChange={(_event, data) => update({ users: data.value })} />
        </Field>
        <Field {...field('personalData')} required>
          <RadioGroup layout="horizontal" value={draft.personalData} onChange={(_event, data) => update({ personalData: data.value as ApplicationDraft['personalData'] })}>
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.row}>
        <Field {...field('disposition')} required>
          <Select value={draft.disposition} onChange={(_event, data) => update({ disposition: data.value as ApplicationDraft['disposition'] })}>
            <option value="">Choose a disposition</option>
            {choices(Object.fromEntries(DISPOSITION_IDS.map((id) => [id, DISPOSITIONS[id]])))}
          </Select>
        </Field>
        <Field {...field('dispositionTargetDate')} hint="Needed for migrate and eliminate">
          <Input type="date" value={draft.dispositionTargetDate} onChange={(_event, data) => update({ dispositionTargetDate: data.value })} />
        </Field>
        {application && (
          <Field {...field('retiredOn')} hint="It leaves the count the day after">
            <Input type="date" value={draft.retiredOn} onChange={(_event, data) => update({ retiredOn: data.value })} />
          </Field>
        )}
      </div>
      <Field {...field('notes')}>
        <Textarea rows={2} resize="vertical" value={draft.notes} onChange={(_event, data) => update({ notes: data.value })} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : application ? 'Save changes' : 'Add to the register'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </RecordForm>
  );
}
