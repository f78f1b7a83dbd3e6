import type { Application } from './application';
import type { OverlapRequest } from './rank-overlaps';

/** An application for tests of the estate rules; pass only what the test is about. */
export function buildTestApplication(overrides: Partial<Application> & { id: string; name: string }): Application {
  return {
    organisationId: 'ashcombe',
    supplier: 'A supplier',
    serviceAreas: ['Corporate'],
    capability: 'other',
    hosting: 'saas',
    supportStatus: 'supported',
    personalData: false,
    businessOwner: 'Head of Service',
    disposition: 'tolerate',
    addedOn: '2025-04-01',
    createdAt: '2025-04-01T09:00:00.000Z',
    updatedAt: '2025-04-01T09:00:00.000Z',
    ...overrides,
  };
}

/** An open request as the overlap search sees it. */
export function buildOverlapRequest(overrides: Partial<OverlapRequest> & { id: string; title: string }): OverlapRequest {
  return { problem: '', proposedOutcome: '', serviceArea: 'Housing', stage: 'submitted', systemsTouched: [], systemsReplaced: [], ...overrides };
}
