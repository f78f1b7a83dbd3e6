import fc from 'fast-check';
import { z } from 'zod';
import { actionUpdateSchema } from '../actions/action';
import { updateMeetingSchema } from '../meetings/meeting';
import { updateRequestSchema } from '../requests/project-request';
import { applyMergePatch, mergePatchSchema } from './merge-patch';

/** One complete, valid set of fields for each update schema (values already trimmed). */
const FULL_PATCHES: [string, z.ZodType, Record<string, unknown>][] = [
  [
    'request',
    updateRequestSchema,
    {
      title: 'Online bookings', serviceArea: 'Waste', sponsor: 'Head of Service', problem: 'Phone bookings', proposedOutcome: 'Online bookings',
      whoIsAffected: null, themeIds: ['digital-residents'], corporatePriorityId: null, statutoryDriver: 'None', statutoryDeadline: '2027-01-31',
      cashableSavings: 5, nonCashableBenefits: null, capitalCost: 7, revenueCost: 0, ictEffortDays: 3, neededBy: '2027-05-31',
      systemsTouched: [], systemsReplaced: ['Old CRM'], personalData: false, dataProtectionNotes: null, keyRisks: 'Supplier', dependencies: [],
      partnerCouncils: ['Fenwick Marsh'], plannedQuarter: null,
    },
  ],
  ['meeting', updateMeetingSchema, { forum: 'ICT steering group', title: 'March', startsAt: '2027-03-01T10:00:00Z', agenda: [], attendees: ['Tom Reed'], notes: null, status: 'closed' }],
  ['action', actionUpdateSchema, { status: 'complete', progressNote: '' }],
];

describe('merge-patch update schemas', () => {
  it.each(FULL_PATCHES)('%s: any subset of fields parses to exactly that subset (no defaults filled in)', (_name, schema, full) => {
    fc.assert(
      fc.property(fc.subarray(Object.keys(full), { minLength: 1 }), (fields) => {
        const patch = Object.fromEntries(fields.map((field) => [field, full[field]]));
        expect(schema.parse(patch)).toEqual(patch);
      }),
    );
  });

  it.each(FULL_PATCHES)('%s: an empty patch, or one with only unknown fields, is refused', (_name, schema) => {
    expect(schema.safeParse({}).success).toBe(false);
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }).map((key) => `x-${key}`), fc.jsonValue(), { minKeys: 1 }), (unknown) => {
        expect(schema.safeParse(unknown).success).toBe(false);
      }),
    );
  });

  it('null clears only fields the record may lack', () => {
    const schema = mergePatchSchema(z.object({ name: z.string(), nickname: z.string().optional(), tags: z.array(z.string()).default([]) }));
    expect(schema.parse({ nickname: null })).toEqual({ nickname: null });
    expect(schema.safeParse({ name: null }).success).toBe(false);
    expect(schema.safeParse({ tags: null }).success).toBe(false);
    expect(schema.parse({ name: 'x' })).toEqual({ name: 'x' });
  });

  it('applying a patch keeps every field it does not name, removes nulls and sets the rest', () => {
    const value = fc.oneof(fc.jsonValue(), fc.constant(null));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), value), (record, patch) => {
        const next = applyMergePatch(record, patch) as Record<string, unknown>;
        for (const field of Object.keys(record)) if (!Object.hasOwn(patch, field)) expect(next[field]).toEqual(record[field]);
        for (const [field, change] of Object.entries(patch)) {
          if (change === null) expect(Object.hasOwn(next, field)).toBe(false);
          else expect(next[field]).toEqual(change);
        }
        expect(Object.keys(next).every((field) => Object.hasOwn(record, field) || Object.hasOwn(patch, field))).toBe(true);
      }),
    );
  });
});
