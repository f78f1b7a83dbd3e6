import { Badge } from '@fluentui/react-components';
import { RISK_LEVEL_LABELS, type RiskLevel } from '@entrance-hall/shared/risks/risk';

const COLOURS: Record<RiskLevel, 'danger' | 'warning' | 'success'> = { high: 'danger', medium: 'warning', low: 'success' };

/** A risk level always in words, colour as a second cue. */
export function RiskLevelBadge({ level }: { level: RiskLevel | undefined }) {
  if (!level) return <Badge appearance="outline" color="informative">No risks recorded</Badge>;
  return (
    <Badge appearance="tint" color={COLOURS[level]}>
      {`${RISK_LEVEL_LABELS[level]} risk`}
    </Badge>
  );
}
