import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The tab is served by the Entrance Hall server under /tab/. JSX is compiled by Vite's own
 * transformer (oxc), so no React plugin is needed; the shared domain rules are imported from source.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/tab/',
  resolve: {
    alias: [{ find: /^@entrance-hall\/shared\/(.*)$/, replacement: path.resolve(here, '../shared/src/$1') }],
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.resolve(here, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Fluent UI marks modules "use client" for React Server Components; a browser bundle has no use for it.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      input: {
        main: path.resolve(here, 'index.html'),
        config: path.resolve(here, 'config.html'),
      },
    },
  },
});
