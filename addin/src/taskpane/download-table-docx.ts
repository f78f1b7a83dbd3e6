import type { ReportTableKey } from '@entrance-hall/shared/domain/reports/report-table';
import { ApiError } from '../api/api-client';
import type { TokenProvider } from '../auth/token-provider';

/** Fetches the table as a .docx (`format=docx`) and hands it to the browser as a download. */
export async function downloadTableDocx(getToken: TokenProvider, key: ReportTableKey, query: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/reports/tables/${encodeURIComponent(key)}?${query ? `${query}&` : ''}format=docx`, { headers: { Authorization: `Bearer ${await getToken()}` }, cache: 'no-store' });
  } catch {
    throw new ApiError('offline', 'Entrance Hall cannot be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: { message: string }[] };
    throw new ApiError('server', problem.errors?.map((error) => error.message).join(' ') || problem.detail || 'The Word document could not be made. Try again shortly.', response.status);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `entrance-hall-${key}-${new Date().toISOString().slice(0, 10)}.docx`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
