import path from 'node:path';
import type { Server } from 'restify';
import { serveBuiltApp } from '@entrance-hall/shared/http/api/static-files';
import { findProjectRoot } from '@entrance-hall/shared/http/server/project-root';

const ROOT = findProjectRoot(__dirname);

/** The tab (`/tab`) and the Word task pane (`/addin`), built by Vite into their dist folders. */
export function registerWebApps(server: Server, { sourceMaps }: { sourceMaps: boolean }): void {
  serveBuiltApp(server, '/tab', path.join(ROOT, 'tab', 'dist'), {}, { sourceMaps });
  serveBuiltApp(server, '/addin', path.join(ROOT, 'addin', 'dist'), {}, { sourceMaps });
}
