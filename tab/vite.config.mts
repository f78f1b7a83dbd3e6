import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserAppViteConfig } from '../shared/build/browser-app-vite-config.mts';

/** The tab, served under /tab/: the board (index.html) and the Teams configuration page. */
export default browserAppViteConfig({ root: path.dirname(fileURLToPath(import.meta.url)), base: '/tab/', pages: ['index.html', 'config.html'] });
