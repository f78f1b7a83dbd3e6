import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The Word task pane, served by the Entrance Hall server under /addin/. JSX is compiled by Vite's
 * own transformer (oxc); the shared table renderer is imported from source so the add-in inserts
 * exactly the OOXML the API serves.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/addin/',
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
    },
  },
});
