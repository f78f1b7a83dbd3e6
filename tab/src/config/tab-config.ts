import { VIEW_LABELS, type ViewName } from '../app/tab-options';

/** What Teams stores for a configurable tab (channel, meeting): the page to show and its name. */
export interface TabInstanceConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/**
 * The configuration a person's choice saves. The content URL carries the view (and meeting) as
 * query parameters; in a meeting's side panel or stage the tab shows meeting mode whatever the view.
 */
export function buildTabConfig(origin: string, view: ViewName, meetingId?: string): TabInstanceConfig {
  const params = new URLSearchParams({ view });
  if (meetingId) params.set('meeting', meetingId);
  const contentUrl = `${origin}/tab/?${params.toString()}`;
  return {
    entityId: `entrance-hall-${view}${meetingId ? `-${meetingId}` : ''}`,
    contentUrl,
    websiteUrl: contentUrl,
    suggestedDisplayName: view === 'board' ? 'Entrance Hall' : `Entrance Hall – ${VIEW_LABELS[view]}`,
  };
}
