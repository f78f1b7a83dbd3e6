/** The views of the tab; each can be opened directly with `?view=`. */
export const VIEWS = ['board', 'meeting', 'capacity', 'matrix', 'risks', 'strategy', 'benefits', 'settings', 'estate'] as const;
export type ViewName = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<ViewName, string> = {
  board: 'Board',
  meeting: 'Meeting',
  capacity: 'Capacity',
  matrix: 'Value and effort',
  risks: 'Risks',
  strategy: 'Strategy',
  benefits: 'Benefits',
  settings: 'Organisation settings',
  estate: 'Application estate',
};

/** What the address asks for: `?view=meeting&meeting=<id>&theme=dark&as=helen.morris&layout=stage`. */
export interface TabOptions {
  view?: ViewName;
  meetingId?: string;
  /** Forces a theme (tests, demos); in Teams it otherwise follows Teams. */
  theme?: string;
  /** Dev sign-in only: act as this demo user without the picker. */
  actAs?: string;
  /** How meeting mode is laid out: the narrow side panel or the big shared stage. */
  layout?: 'sidePanel' | 'stage';
}

function isView(value: string | null): value is ViewName {
  return value !== null && (VIEWS as readonly string[]).includes(value);
}

/** Reads the tab's options from its address. */
export function readTabOptions(search: string): TabOptions {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const layout = params.get('layout');
  return {
    ...(isView(view) ? { view } : {}),
    ...(params.get('meeting') ? { meetingId: params.get('meeting')! } : {}),
    ...(params.get('theme') ? { theme: params.get('theme')! } : {}),
    ...(params.get('as') ? { actAs: params.get('as')! } : {}),
    ...(layout === 'sidePanel' || layout === 'stage' ? { layout } : {}),
  };
}

/** In a meeting, Teams tells the tab where it is: the side panel or the shared stage show meeting mode. */
export function viewForFrameContext(frameContext: string, options: TabOptions): { view: ViewName; layout?: 'sidePanel' | 'stage' } {
  if (frameContext === 'sidePanel') return { view: 'meeting', layout: 'sidePanel' };
  if (frameContext === 'meetingStage') return { view: 'meeting', layout: 'stage' };
  return { view: options.view ?? 'board', ...(options.layout ? { layout: options.layout } : {}) };
}
