import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readTabOptions } from './app/tab-options';

createRoot(document.getElementById('root')!).render(<App options={readTabOptions(window.location.search)} />);
