export { formatDate, formatDateTime, formatDays, formatNumber, formatPounds } from '@entrance-hall/shared/domain/formatting/format-values';
