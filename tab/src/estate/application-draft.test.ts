import type { Application } from '@entrance-hall/shared/domain/estate/application';
import { applicationPatch, checkApplicationDraft, EMPTY_APPLICATION_DRAFT, toApplicationDraft } from './application-draft';

const application: Application = {
  id: 'app-1',
  organisationId: 'ashcombe',
  name: 'Pest Control Tracker',
  supplier: 'In-house',
  serviceAreas: ['Environmental Health'],
  capability: 'regulatory',
  hosting: 'on_premises',
  supportStatus: 'out_of_support',
  annualCost: 1200,
  personalData: true,
  businessOwner: 'Head of Environmental Health',
  disposition: 'tolerate',
  addedOn: '2025-04-01',
  createdAt: '2025-04-01T09:00:00.000Z',
  updatedAt: '2025-04-01T09:00:00.000Z',
};

describe('the application form’s draft', () => {
  it('checks a new application with the domain’s own messages, field by field', () => {
    const errors = checkApplicationDraft({ ...EMPTY_APPLICATION_DRAFT, name: 'Bins', annualCost: '-5' });
    const byField = Object.fromEntries(errors.map((error) => [error.field, error.message]));
    expect(byField).toMatchObject({
      supplier: 'Supplier is required.',
      serviceAreas: 'Name at least one service area.',
      annualCost: 'Annual cost cannot be negative.',
      personalData: 'Say whether the application holds personal data.',
    });
    expect(byField).toMatchObject({ capability: 'Choose the capability.', hosting: 'Choose the hosting.', supportStatus: 'Choose the support status.', disposition: 'Choose the disposition.' });
  });

  it('names a capability outside the taxonomy and a cost typed in words', () => {
    const draft = { ...toApplicationDraft(application), capability: 'astrology' as never, annualCost: 'a lot' };
    const byField = Object.fromEntries(checkApplicationDraft(draft).map((error) => [error.field, error.message]));
    expect(byField.capability).toMatch(/^Capability must be one of:/);
    expect(byField.annualCost).toBe('Annual cost must be an amount in pounds.');
  });

  it('applies the rule across fields: an elimination needs a target date', () => {
    expect(checkApplicationDraft({ ...toApplicationDraft(application), disposition: 'eliminate' })).toEqual([
      { field: 'dispositionTargetDate', message: 'An eliminate disposition needs a target date.' },
    ]);
  });

  it('patches only what changed, reading money as people type it, and clears with null', () => {
    const draft = { ...toApplicationDraft(application), disposition: 'eliminate' as const, dispositionTargetDate: '2027-03-31', annualCost: '', users: '£1,200 ' };
    expect(applicationPatch(application, draft)).toEqual({ disposition: 'eliminate', dispositionTargetDate: '2027-03-31', annualCost: null, users: 1200 });
    expect(applicationPatch(application, toApplicationDraft(application))).toEqual({});
  });
});
