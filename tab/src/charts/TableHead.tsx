import { useChartStyles } from './chart-styles';

/** The header row of a chart's data table: column headings with their scope for screen readers. */
export function TableHead({ headings }: { headings: readonly string[] }) {
  const styles = useChartStyles();
  return (
    <thead>
      <tr>
        {headings.map((heading) => (
          <th key={heading} scope="col" className={styles.cell}>
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
