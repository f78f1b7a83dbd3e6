import { z } from 'zod';
import { requestFilterSchema } from './request-filter';

/** Page sizes of the request list: the default is the board of a large council in one page. */
export const REQUEST_PAGE_SIZE = { default: 1000, max: 5000 } as const;

const limitError = `Limit must be a whole number from 1 to ${REQUEST_PAGE_SIZE.max}.`;

/** `GET /api/v1/requests`: the filters and sort, a page size, and where the last page stopped. */
export const requestListQuerySchema = requestFilterSchema.extend({
  limit: z.coerce.number({ error: limitError }).int({ error: limitError }).min(1, { error: limitError }).max(REQUEST_PAGE_SIZE.max, { error: limitError }).optional(),
  continuation: z.string().max(1000, { error: 'That continuation token is too long to be one this list gave out.' }).optional(),
});
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;

