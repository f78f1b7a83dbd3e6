import { renderWordManifest } from './render-word-manifest';

/** Where Word can load the local pane from, and how it gets there. */
export interface SideloadPlan {
  /** The https address the pane is served on (a local proxy in front of the dev server). */
  baseUrl: string;
  manifestXml: string;
  /** Word desktop can be sideloaded by office-addin-debugging on Windows and macOS; elsewhere, Word on the web by upload. */
  sideload: 'word-desktop' | 'upload-to-word-on-the-web';
  /** What to tell the developer, line by line. */
  instructions: string[];
}

/**
 * The plan for trying the add-in in real Word on this machine: the local server (plain http) is
 * put behind https on localhost with Microsoft's dev certificate, the manifest points there, and
 * Word desktop is sideloaded where it exists; otherwise the manifest is uploaded to Word on the web.
 */
export function planSideload({ platform, port, manifestPath }: { platform: NodeJS.Platform; port: number; manifestPath: string }): SideloadPlan {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`The https port must be a whole number from 1 to 65535, not "${port}".`);
  const baseUrl = `https://localhost:${port}`;
  const desktop = platform === 'win32' || platform === 'darwin';
  return {
    baseUrl,
    manifestXml: renderWordManifest({ baseUrl }),
    sideload: desktop ? 'word-desktop' : 'upload-to-word-on-the-web',
    instructions: desktop
      ? [`The task pane is served at ${baseUrl}/addin/ and Word opens with Entrance Hall on the Home tab.`, 'Stop with Ctrl-C; the add-in is removed from Word again.']
      : [
          `The task pane is served at ${baseUrl}/addin/. Word desktop is not available here: use Word on the web.`,
          `In Word on the web: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in, and choose ${manifestPath}.`,
          'Word on the web must reach https://localhost from this browser (same machine), and the browser must trust the dev certificate.',
        ],
  };
}
