import path from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The Vite configuration of a browser part of Entrance Hall (the tab, the Word task pane), served by
 * the server under `base`. JSX is compiled by Vite's own transformer (oxc), so no React plugin is
 * needed; `@entrance-hall/shared/*` is imported from source, so browser and server run the same rules.
 */
export function browserAppViteConfig(options: { root: string; base: string; pages: string[] }): UserConfig {
  return defineConfig({
    root: options.root,
    base: options.base,
    resolve: {
      alias: [{ find: /^@entrance-hall\/shared\/(.*)$/, replacement: path.resolve(options.root, '../shared/src/$1') }],
    },
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: path.resolve(options.root, 'dist'),
      emptyOutDir: true,
      sourcemap: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        // Fluent UI marks modules "use client" for React Server Components; a browser bundle has no use for it.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
        input: Object.fromEntries(options.pages.map((page) => [path.basename(page, '.html'), path.resolve(options.root, page)])),
      },
    },
  });
}
