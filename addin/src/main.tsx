import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { readSsoSettings } from './auth/office-sign-in';
import { detectOfficeHost } from './office/office-host';
import { App } from './taskpane/App';

/** Word's dark themes and Windows high contrast get matching Fluent themes; light otherwise. */
function pickTheme() {
  if (typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches) return teamsHighContrastTheme;
  const officeTheme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  return officeTheme?.isDarkTheme ? webDarkTheme : webLightTheme;
}

async function start(): Promise<void> {
  const host = await detectOfficeHost();
  const root = document.getElementById('root')!;
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={pickTheme()}>
        <App host={host} sso={readSsoSettings(window.location.search)} />
      </FluentProvider>
    </StrictMode>,
  );
}

void start();
