const msal = {
  createNestablePublicClientApplication: jest.fn(),
};
jest.mock('@azure/msal-browser', () => msal);

import type { OfficeHost } from '../office/office-host';
import { createOfficeTokenProvider, readSsoSettings } from './office-sign-in';
import { SignInError } from './token-provider';

const WORD: OfficeHost = { officeLoaded: true, inWord: true, supported: true, canDetectTrackChanges: true, nestedAppAuth: false };
const SETTINGS = { clientId: '0f7c6a52-3d1e-4b8f-9a61-2c4d5e6f7a8b', apiScope: 'api://eh.example.gov.uk/0f7c6a52-3d1e-4b8f-9a61-2c4d5e6f7a8b/access_as_user' };

afterEach(() => {
  delete (globalThis as any).OfficeRuntime;
  jest.clearAllMocks();
});

describe('Office sign-in', () => {
  it('reads the client id and scope the manifest put on the task pane URL', () => {
    expect(readSsoSettings(`?clientId=${SETTINGS.clientId}&scope=${encodeURIComponent(SETTINGS.apiScope)}`)).toEqual(SETTINGS);
    expect(readSsoSettings('')).toEqual({});
  });

  it('uses nested app authentication where the host supports it, silently first, then with a prompt', async () => {
    const client = { acquireTokenSilent: jest.fn().mockRejectedValue(new Error('interaction_required')), acquireTokenPopup: jest.fn().mockResolvedValue({ accessToken: 'naa-token' }) };
    msal.createNestablePublicClientApplication.mockResolvedValue(client);
    (globalThis as any).OfficeRuntime = { auth: { getAccessToken: jest.fn() } };
    const getToken = createOfficeTokenProvider({ ...WORD, nestedAppAuth: true }, SETTINGS);
    await expect(getToken()).resolves.toBe('naa-token');
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledWith({ auth: { clientId: SETTINGS.clientId, authority: 'https://login.microsoftonline.com/organizations' } });
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: [SETTINGS.apiScope] });
    expect((globalThis as any).OfficeRuntime.auth.getAccessToken).not.toHaveBeenCalled();
  });

  it('falls back to Office’s getAccessToken, and turns its error codes into plain words', async () => {
    const getAccessToken = jest.fn().mockResolvedValueOnce('office-token').mockRejectedValueOnce({ code: 13003 });
    (globalThis as any).OfficeRuntime = { auth: { getAccessToken } };
    const getToken = createOfficeTokenProvider(WORD, {});
    await expect(getToken()).resolves.toBe('office-token');
    expect(getAccessToken).toHaveBeenCalledWith({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
    const failure = getToken();
    await expect(failure).rejects.toBeInstanceOf(SignInError);
    await expect(failure).rejects.toThrow('Entrance Hall needs a work or school account; personal Microsoft accounts cannot sign in.');
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();
  });

  it('says so plainly when this Office can do neither', async () => {
    await expect(createOfficeTokenProvider(WORD, SETTINGS)()).rejects.toThrow(/This version of Office cannot sign you in to Entrance Hall/);
  });
});
