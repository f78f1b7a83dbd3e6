import { Button, Field, SearchBox } from '@fluentui/react-components';
import { CAPABILITIES, DISPOSITIONS, SUPPORT_STATUSES } from '@entrance-hall/shared/domain/estate/application';
import { useState } from 'react';
import { TableHead } from '../charts/TableHead';
import { useChartStyles } from '../charts/chart-styles';
import { formatDate, formatNumber, formatPounds } from '../common/format';
import type { ApplicationRecord } from './ApplicationForm';

/** How many rows the register shows at once: an estate runs to 150 or more, found by typing. */
export const REGISTER_ROWS_SHOWN = 25;

const matches = (application: ApplicationRecord, words: string) =>
  `${application.name} ${application.supplier} ${CAPABILITIES[application.capability].label} ${DISPOSITIONS[application.disposition]}`.toLowerCase().includes(words.trim().toLowerCase());

/**
 * The register by name: what each application does, its disposition, support, contract and cost;
 * ICT and administrators may change each. The first rows are shown; typing finds the others.
 */
export function ApplicationRegister({ applications, onChange }: { applications: readonly ApplicationRecord[]; onChange?: (application: ApplicationRecord) => void }) {
  const styles = useChartStyles();
  const [words, setWords] = useState('');
  const found = applications.filter((application) => matches(application, words));
  const shown = found.slice(0, REGISTER_ROWS_SHOWN);
  return (
    <section aria-labelledby="register-heading">
      <h3 id="register-heading">The application register</h3>
      <Field label="Find in the register (name, supplier, capability or disposition)">
        <SearchBox value={words} onChange={(_event, data) => setWords(data.value)} />
      </Field>
      <table className={styles.table}>
        <caption className={styles.caption}>{`The application register: ${applications.length} in the estate, ${found.length === applications.length ? '' : `${found.length} found, `}${shown.length} shown`}</caption>
        <TableHead headings={['Application', 'Supplier', 'Capability', 'Disposition', 'Support', 'Contract ends', 'Annual cost', 'Users', ...(onChange ? ['Change'] : [])]} />
        <tbody>
          {shown.map((application) => (
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
      {found.length > shown.length && <p>{`${found.length - shown.length} more: type in Find to see them.`}</p>}
    </section>
  );
}
