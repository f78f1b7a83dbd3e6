import type { ReportTableKey } from '@entrance-hall/shared/domain/reports/report-table';
import type { ApiClient } from '../api/api-client';

/** Fetches the table as a .docx (the route's `docx` download) and hands it to the browser as a download. */
export async function downloadTableDocx(api: ApiClient, key: ReportTableKey, query: string): Promise<void> {
  const { blob, filename } = await api.downloadTableDocx(key, query);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename ?? `entrance-hall-${key}-${new Date().toISOString().slice(0, 10)}.docx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
