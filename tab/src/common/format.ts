export { formatDate, formatDateTime, formatDays, formatNumber, formatPounds } from '@entrance-hall/shared/formatting/format-values';
