/**
 * The tab's door to the JSON API: the one typed client the tab and the task pane share, calling
 * routes by their name in the contract (shared/src/api/contract).
 */
export { EntranceHallClient as ApiClient, type ApiOutput, type TokenProvider } from '@entrance-hall/shared/browser/api/api-client';
