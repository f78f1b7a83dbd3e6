import { existsSync } from 'node:fs';
import path from 'node:path';
import restify, { type Server } from 'restify';

/**
 * Serves a built browser app (the tab, the add-in task pane) under a URL prefix, with
 * `index.html` for the bare prefix. Answers 503 with a hint when the app has not been built.
 */
export function serveBuiltApp(server: Server, urlPrefix: string, directory: string, headers: Record<string, string> = {}): void {
  const serve = restify.plugins.serveStaticFiles(directory, { setHeaders: (response) => Object.entries(headers).forEach(([name, value]) => response.setHeader(name, value)) });
  server.get(urlPrefix, (request, response, next) => {
    response.redirect(301, `${urlPrefix}/`, next);
    void request;
  });
  server.get(`${urlPrefix}/*`, (request, response, next) => {
    if (!existsSync(path.join(directory, 'index.html'))) {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`This part of Entrance Hall has not been built yet. Run "npm run build" first.`);
      return next(false);
    }
    return serve(request, response, next);
  });
}
