import { createRoot } from 'react-dom/client';
import { ConfigPage } from './config/ConfigPage';
import { readTabOptions } from './app/tab-options';

createRoot(document.getElementById('root')!).render(<ConfigPage forcedTheme={readTabOptions(window.location.search).theme} />);
