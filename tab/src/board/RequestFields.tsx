import { makeStyles, tokens } from '@fluentui/react-components';
import { totalCost } from '@entrance-hall/shared/domain/requests/project-request';
import { STAGE_LABELS } from '@entrance-hall/shared/domain/requests/stage';
import type { Theme } from '@entrance-hall/shared/domain/strategy/strategy';
import type { ReactNode } from 'react';
import type { RequestRecord } from '../api/api-types';
import { formatDate, formatDateTime, formatDays, formatPounds } from '../common/format';
import { profileRows } from './profile-rows';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', columnGap: '16px', rowGap: '6px', margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : 'None');

/** Every intake field of a request and what Entrance Hall tracks, as a description list. */
export function RequestFields({ record, themes }: { record: RequestRecord; themes: readonly Theme[] }) {
  const styles = useStyles();
  const themeTitle = (id: string) => themes.find((theme) => theme.id === id)?.title ?? id;
  const rows: [string, ReactNode][] = [
    ['Reference', record.id],
    ['Stage', `${STAGE_LABELS[record.stage]} since ${formatDateTime(record.stageChangedAt)}`],
    ['Service area', record.serviceArea],
    ['Sponsor', record.sponsor],
    ['Requested by', record.requester.name + (record.requester.jobTitle ? `, ${record.requester.jobTitle}` : '')],
    ['The problem', record.problem],
    ['Proposed outcome', record.proposedOutcome],
    ['Who is affected', record.whoIsAffected ?? 'Not given'],
    ['Strategy themes', list(record.themeIds.map(themeTitle))],
    ['Corporate priority', record.corporatePriorityId ?? 'Not given'],
    ['Statutory or regulatory driver', record.statutoryDriver ? `${record.statutoryDriver}${record.statutoryDeadline ? ` (by ${formatDate(record.statutoryDeadline)})` : ''}` : 'None'],
    ['Cashable savings', formatPounds(record.cashableSavings)],
    ['Non-cashable benefits', record.nonCashableBenefits ?? 'Not given'],
    ['Capital cost', formatPounds(record.capitalCost)],
    ['Annual revenue cost', formatPounds(record.revenueCost)],
    ['Total cost (capital and one year)', formatPounds(totalCost(record))],
    ['ICT effort', formatDays(record.ictEffortDays)],
    ...profileRows(record),
    ['Needed by', formatDate(record.neededBy)],
    ['Planned quarter', record.plannedQuarter ?? 'Not sequenced yet'],
    ['Systems it touches', list(record.systemsTouched)],
    ['Systems it replaces', list(record.systemsReplaced)],
    ['Personal data', record.personalData ? 'Yes' : 'No'],
    ['Data protection notes', record.dataProtectionNotes ?? 'None'],
    ['Key risks', record.keyRisks ?? 'None given'],
    ['Dependencies', list(record.dependencies)],
    ['Partner councils', list(record.partnerCouncils)],
    ['Submitted', formatDateTime(record.submittedAt)],
    ['Last changed', formatDateTime(record.updatedAt)],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
