/** The three looks Teams has; anything else (newer or unknown themes) is shown as light. */
export type ThemeName = 'light' | 'dark' | 'contrast';

/** Maps a Teams theme name (`default`, `dark`, `contrast`…) or a `?theme=` value to ours. */
export function resolveThemeName(raw: string | null | undefined): ThemeName {
  switch ((raw ?? '').toLowerCase()) {
    case 'dark':
      return 'dark';
    case 'contrast':
    case 'highcontrast':
    case 'high-contrast':
      return 'contrast';
    default:
      return 'light';
  }
}
