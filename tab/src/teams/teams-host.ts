import { app, authentication, FrameContexts } from '@microsoft/teams-js';

/** Where the tab is running and, in Teams, what Teams told it. */
export type HostInfo =
  | { inTeams: false }
  | { inTeams: true; frameContext: string; theme: string; meetingId?: string; userPrincipalName?: string };

/** Teams answers initialize within a few hundred ms; outside Teams it would hang for 60 s. */
export const TEAMS_DETECT_TIMEOUT_MS = 900;

/**
 * A window not embedded in a frame, not opened by another window and without the Teams mobile
 * bridge cannot be hosted by Teams: no need to wait for the timeout.
 */
function looksStandalone(): boolean {
  return window.parent === window && !window.opener && !('nativeInterface' in window);
}

/**
 * Decides within a second whether the tab is inside Teams (or Outlook / the Microsoft 365 app),
 * by racing `app.initialize()` against a short timeout, then reads the context in Teams.
 */
export async function detectTeamsHost(timeoutMs = TEAMS_DETECT_TIMEOUT_MS): Promise<HostInfo> {
  if (looksStandalone()) return { inTeams: false };
  const initialised = await Promise.race([
    app.initialize().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
  ]);
  if (!initialised) return { inTeams: false };
  const context = await app.getContext();
  return {
    inTeams: true,
    frameContext: context.page.frameContext ?? FrameContexts.content,
    theme: context.app.theme,
    ...(context.meeting?.id ? { meetingId: context.meeting.id } : {}),
    ...(context.user?.userPrincipalName ? { userPrincipalName: context.user.userPrincipalName } : {}),
  };
}

/** Calls `onTheme` whenever the Teams user changes theme, so the tab follows live. */
export function followTeamsTheme(onTheme: (theme: string) => void): void {
  app.registerOnThemeChangeHandler(onTheme);
}

/** The user's token for the API by Teams single sign-on (silent; Teams asks for consent if needed). */
export function getTeamsSsoToken(): Promise<string> {
  return authentication.getAuthToken();
}

/** Tells Teams the tab has loaded, so it removes its loading indicator. */
export function notifyTeamsLoaded(): void {
  app.notifySuccess().catch(() => undefined);
}
