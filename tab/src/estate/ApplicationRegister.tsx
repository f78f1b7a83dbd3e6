import { Button } from '@fluentui/react-components';
import { CAPABILITIES, DISPOSITIONS, SUPPORT_STATUSES } from '@entrance-hall/shared/domain/estate/application';
import { TableHead } from '../charts/TableHead';
import { useChartStyles } from '../charts/chart-styles';
import { formatDate, formatNumber, formatPounds } from '../common/format';
import type { ApplicationRecord } from './ApplicationForm';

/** The register by name: what each application does, its disposition, support, contract and cost; ICT and administrators may change each. */
export function ApplicationRegister({ applications, onChange }: { applications: readonly ApplicationRecord[]; onChange?: (application: ApplicationRecord) => void }) {
  const styles = useChartStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{`The application register: ${applications.length} in the estate`}</caption>
      <TableHead headings={['Application', 'Supplier', 'Capability', 'Disposition', 'Support', 'Contract ends', 'Annual cost', 'Users', ...(onChange ? ['Change'] : [])]} />
      <tbody>
        {applications.map((application) => (
          <tr key={application.id} data-application-id={application.id}>
            <th scope="row" className={styles.cell}>
              {application.name}
            </th>
            <td className={styles.cell}>{application.supplier}</td>
            <td className={styles.cell}>{CAPABILITIES[application.capability].label}</td>
            <td className={styles.cell}>{`${DISPOSITIONS[application.disposition]}${application.dispositionTargetDate ? ` by ${formatDate(application.dispositionTargetDate)}` : ''}`}</td>
            <td className={styles.cell}>{SUPPORT_STATUSES[application.supportStatus]}</td>
            <td className={styles.cell}>{application.contractEnd ? formatDate(application.contractEnd) : 'Not known'}</td>
            <td className={styles.cell}>{formatPounds(application.annualCost)}</td>
            <td className={styles.cell}>{formatNumber(application.users)}</td>
            {onChange && (
              <td className={styles.cell}>
                <Button size="small" aria-label={`Change ${application.name}`} onClick={() => onChange(application)}>
                  Change
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
