// Bundles the server (bot, API, shared domain) into bot/dist/main.js for App Service.
// Packages stay external: they are installed with `npm ci --omit=dev` beside it.
import { build } from 'esbuild';

await build({
  entryPoints: ['bot/src/main.ts'],
  outfile: 'bot/dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node22',
  packages: 'external',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
