import { ragForStatus } from '@entrance-hall/shared/domain/actions/rag';
import { formatMeasure } from '@entrance-hall/shared/domain/reports/build-targets-table';
import { targetStatus, type StrategyTarget } from '@entrance-hall/shared/domain/strategy/strategy-target';
import { formatDate } from '../common/format';

/** Today in the person's own time zone, as YYYY-MM-DD (the date a measurement is usually taken). */
export const today = () => new Date().toLocaleDateString('en-CA');

/** A figure of a target with its date, as the targets table reads it ("121 (31 Oct 2026)"). */
export const measured = (value: number | undefined, date: string | undefined, target: StrategyTarget) => (value === undefined ? 'Not measured' : `${formatMeasure(value, target.unit)}${date ? ` (${formatDate(date)})` : ''}`);

/** A target's status in words ("Amber – at risk"). */
export const statusInWords = (target: StrategyTarget) => ragForStatus(targetStatus(target)).label;
