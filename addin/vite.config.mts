import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserAppViteConfig } from '../shared/build/browser-app-vite-config.mts';

/** The Word task pane, served under /addin/; it imports the shared table renderer from source. */
export default browserAppViteConfig({ root: path.dirname(fileURLToPath(import.meta.url)), base: '/addin/', pages: ['index.html', 'commands.html', 'support.html'] });
