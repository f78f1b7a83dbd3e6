import { formatLongDate } from '@entrance-hall/shared/domain/formatting/format-values';
import type { ReactNode } from 'react';
import type { RequestRecord } from '../api/api-types';
import { BudgetProfileTable } from './BudgetProfileTable';

/**
 * The budget by year, the partners' shares, the wards affected and the forward-plan notice as
 * rows of the detail panel's description list: only those that are set (not profiled is the norm
 * before triage, and a row of "None" for each would bury the rest).
 */
export function profileRows(record: Pick<RequestRecord, 'budgetProfile' | 'partnerShares' | 'wardsAffected' | 'forwardPlanNoticeOn'>): [string, ReactNode][] {
  const rows: [string, ReactNode][] = [];
  if (record.budgetProfile && record.budgetProfile.length > 0) rows.push(['Budget by financial year', <BudgetProfileTable key="budget" years={record.budgetProfile} />]);
  if (record.partnerShares && record.partnerShares.length > 0) rows.push(['Partner shares', record.partnerShares.map((share) => `${share.council} ${share.percent}%`).join(', ')]);
  if (record.wardsAffected !== undefined) rows.push(['Wards significantly affected', record.wardsAffected === 1 ? '1 ward' : `${record.wardsAffected} wards`]);
  if (record.forwardPlanNoticeOn) rows.push(['Forward plan notice published', formatLongDate(record.forwardPlanNoticeOn)]);
  return rows;
}
