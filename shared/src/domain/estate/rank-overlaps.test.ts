import fc from 'fast-check';
import { CAPABILITY_IDS } from './application';
import { buildOverlapRequest, buildTestApplication } from '../../../testing/fixtures/estate-fixtures';
import { MAX_OVERLAPS, inferCapability, rankOverlaps } from './rank-overlaps';

const ESTATE = [
  buildTestApplication({ id: 'a1', name: 'Repairs Manager 6', supplier: 'Civica', capability: 'housing' }),
  buildTestApplication({ id: 'a2', name: 'Northgate Housing Rents', supplier: 'NEC', capability: 'housing' }),
  buildTestApplication({ id: 'a3', name: 'Idox Uniform', supplier: 'Idox', capability: 'planning' }),
  buildTestApplication({ id: 'a4', name: 'Agresso Finance', supplier: 'Unit4', capability: 'finance' }),
  buildTestApplication({ id: 'a5', name: 'Old Repairs Tracker', supplier: 'In-house', capability: 'housing', retiredOn: '2025-09-30' }),
  buildTestApplication({ id: 'a6', name: 'Planning Repairs Log', supplier: 'In-house', capability: 'planning' }),
];
const REQUESTS = [
  buildOverlapRequest({ id: 'EH-1', title: 'Replacement for the housing repairs system', problem: 'Repairs Manager is out of support', systemsReplaced: ['Repairs Manager 6'] }),
  buildOverlapRequest({ id: 'EH-2', title: 'Garden waste subscriptions online', problem: 'Residents phone to renew' }),
  buildOverlapRequest({ id: 'EH-3', title: 'Housing repairs appointments online', problem: 'Tenants cannot book repairs', stage: 'withdrawn' }),
  buildOverlapRequest({ id: 'EH-4', title: 'Repairs booking for tenants', problem: 'Tenants wait on the phone to book a repair', stage: 'triage' }),
];

describe('rankOverlaps', () => {
  it('puts the application named like the need first, then others with the same capability', () => {
    const result = rankOverlaps({ text: 'We need a new housing repairs system; Repairs Manager is out of support next March' }, ESTATE, REQUESTS);
    expect(result.capability).toBe('housing');
    expect(result.applications.map((match) => match.name)).toEqual(['Repairs Manager 6', 'Northgate Housing Rents']);
    expect(result.applications[0]).toMatchObject({ relevance: 100, reasons: ['Same capability: Housing', expect.stringMatching(/^Similar words: .*repair/)] });
    expect(result.applications[1]!.reasons).toEqual(['Same capability: Housing']);
  });

  it('finds an application of another capability by its name', () => {
    const result = rankOverlaps({ text: 'a log of repairs to planning files', capability: 'housing' }, ESTATE, []);
    expect(result.applications[0]).toMatchObject({ name: 'Planning Repairs Log', relevance: 100, reasons: [expect.stringMatching(/^Similar words:/)] });
  });

  it('never suggests a retired application or a finished request', () => {
    const result = rankOverlaps({ text: 'repairs tracker for housing tenants' }, ESTATE, REQUESTS);
    expect(result.applications.map((match) => match.id)).not.toContain('a5');
    expect(result.requests.map((match) => match.id)).not.toContain('EH-3');
  });

  it('ranks open requests by relevance and leaves out the request itself', () => {
    const result = rankOverlaps({ text: 'Replacement for the housing repairs system', excludeRequestId: 'EH-1' }, ESTATE, REQUESTS);
    expect(result.requests.map((match) => match.id)).toEqual(['EH-4']);
    const all = rankOverlaps({ text: 'tenants book housing repairs online' }, ESTATE, REQUESTS);
    expect(all.requests.map((match) => match.id)).toEqual(['EH-4', 'EH-1']);
    expect(all.requests[0]!.relevance).toBe(100);
  });

  it('finds names with a typing slip or a plural (fuzzy, not substring)', () => {
    expect(rankOverlaps({ text: 'Agreso', capability: 'other' }, ESTATE, []).applications.map((match) => match.id)).toEqual(['a4']);
    expect(rankOverlaps({ text: 'uniforms', capability: 'other' }, ESTATE, []).applications.map((match) => match.id)).toEqual(['a3']);
  });

  it('suggests nothing for words that say nothing about a system', () => {
    const result = rankOverlaps({ text: 'We need a new system for the council because it is out of support' }, ESTATE, REQUESTS);
    expect(result).toEqual({ applications: [], requests: [] });
  });

  it('uses a capability given by the officer instead of guessing', () => {
    const result = rankOverlaps({ text: 'something for our team', capability: 'finance' }, ESTATE, []);
    expect(result.capability).toBe('finance');
    expect(result.applications.map((match) => match.id)).toEqual(['a4']);
  });

  it('whatever the words: at most five of each, relevance 1–100 best first, all live and open', () => {
    const words = fc.constantFrom('housing', 'repairs', 'planning', 'finance', 'tenants', 'waste', 'online', 'agresso', 'the', 'system', 'zzz');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), fc.option(fc.constantFrom(...CAPABILITY_IDS), { nil: undefined }), (terms, capability) => {
        const result = rankOverlaps({ text: terms.join(' '), ...(capability ? { capability } : {}) }, ESTATE, REQUESTS);
        for (const list of [result.applications, result.requests]) {
          expect(list.length).toBeLessThanOrEqual(MAX_OVERLAPS);
          expect(list.every((match) => match.relevance >= 1 && match.relevance <= 100 && match.reasons.length > 0)).toBe(true);
          expect(list.map((match) => match.relevance)).toEqual([...list.map((match) => match.relevance)].sort((a, b) => b - a));
          if (list.length > 0) expect(list[0]!.relevance).toBe(100);
        }
        expect(result.applications.some((match) => match.id === 'a5')).toBe(false);
        expect(result.requests.some((match) => match.id === 'EH-3')).toBe(false);
      }),
    );
  });
});

describe('inferCapability', () => {
  it.each([
    ['Council tax e-billing and online account', 'revenues'],
    ['Homelessness case management', 'housing'],
    ['Payroll and HR self-service portal', 'hr'],
    ['Electoral registration canvass automation', 'democracy'],
    ['Waste round optimisation', 'environment'],
  ])('“%s” is %s', (text, capability) => {
    expect(inferCapability(text)).toBe(capability);
  });

  it('says nothing when no capability fits', () => {
    expect(inferCapability('something completely different')).toBeUndefined();
  });

  it('gives the words matched as the officer or the record wrote them, never as stems', () => {
    const requests = [buildOverlapRequest({ id: 'EH-5', title: 'Licensing processes', problem: 'The team relies on spreadsheets, which causes errors' })];
    const result = rankOverlaps({ text: 'Our licensing relies on manual processes that cause delays', capability: 'other' }, [], requests);
    expect(result.requests[0]!.reasons).toEqual(['Similar words: licensing, relies, processes, cause']);
    // A near spelling the officer did not type is shown as the record has it.
    const slip = rankOverlaps({ text: 'Agreso', capability: 'other' }, ESTATE, []);
    expect(slip.applications[0]!.reasons).toEqual(['Similar words: Agresso']);
  });

  it('whatever the words: each word given as a reason is one the officer or the record wrote', () => {
    const words = fc.constantFrom('relies', 'processes', 'causes', 'Licensing', 'repairs', 'Tenants', 'housing', 'bookings', 'Agreso', 'uniforms', 'finance');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 8 }), (terms) => {
        const text = terms.join(' ');
        const requests = [...REQUESTS, buildOverlapRequest({ id: 'EH-5', title: 'Licensing processes', problem: 'The team relies on spreadsheets, which causes errors' })];
        const result = rankOverlaps({ text, capability: 'other' }, ESTATE, requests);
        const written = (match: { kind: string; id: string }) => {
          const record = match.kind === 'application' ? ESTATE.find((application) => application.id === match.id)! : requests.find((request) => request.id === match.id)!;
          return new Set(`${text} ${JSON.stringify(record)}`.split(/[^\p{L}\p{N}]+/u));
        };
        for (const match of [...result.applications, ...result.requests]) {
          const reason = match.reasons.find((entry) => entry.startsWith('Similar words: '));
          if (!reason) continue;
          for (const word of reason.slice('Similar words: '.length).split(', ')) expect(written(match).has(word)).toBe(true);
        }
      }),
    );
  });
});
