import type { TableFrame } from '../domain/reports/build-report-tables';
import type { ReportTable } from '../domain/reports/report-table';
import type { Application } from './application';
import { buildEstateSummaryTable, buildRationalisationTable } from './build-estate-tables';
import { summariseEstate } from './summarise-estate';
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

/** The estate's report tables over a small estate whose names and target source hold `hostile` text. */
export function buildEstateFixtureTables(frame: TableFrame, hostile: string): Record<'estate-summary' | 'estate-rationalisation', ReportTable> {
  const estate = [
    buildTestApplication({ id: 'a1', name: `Repairs ${hostile}`, capability: 'housing', disposition: 'eliminate', dispositionTargetDate: '2027-03-31', contractEnd: '2027-03-31', annualCost: 12000 }),
    buildTestApplication({ id: 'a2', name: 'Rents', capability: 'housing', disposition: 'invest' }),
    buildTestApplication({ id: 'a3', name: 'Ledger', capability: 'finance', disposition: 'migrate', dispositionTargetDate: '2028-03-31' }),
  ];
  const target = { baselineCount: 5, baselineDate: '2025-04-01', targetCount: 2, targetDate: '2029-03-31', source: `Strategy ${hostile}` };
  const summary = summariseEstate(estate, target, [buildOverlapRequest({ id: 'EH-9', title: 'New repairs', systemsReplaced: [`Repairs ${hostile}`] })], [], frame.asAt.slice(0, 10));
  return { 'estate-summary': buildEstateSummaryTable(frame, summary), 'estate-rationalisation': buildRationalisationTable(frame, summary) };
}
