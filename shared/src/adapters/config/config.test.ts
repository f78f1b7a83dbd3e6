import { findConfigProblems as problemsOf, loadConfig } from './config';

const storage = { STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=b;EndpointSuffix=core.windows.net' };
const entra = { AUTH_MODE: 'entra', AUTH_AUDIENCE: 'api://eh', AUTH_ALLOWED_TENANTS: '6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b' };

describe('configuration', () => {
  it('names every missing or malformed setting at once', () => {
    const problems = problemsOf({ PORT: 'eighty', AUTH_MODE: 'entra' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT /),
        expect.stringMatching(/^STORAGE_CONNECTION_STRING is required/),
        expect.stringMatching(/^AUTH_AUDIENCE is required/),
        expect.stringMatching(/^AUTH_ALLOWED_TENANTS is required/),
      ]),
    );
  });

  it('refuses dev sign-in in production or on a non-loopback address', () => {
    expect(problemsOf({ ...storage, AUTH_MODE: 'dev', NODE_ENV: 'production' })).toContainEqual(expect.stringMatching(/dev sign-in is never allowed with NODE_ENV=production/));
    expect(problemsOf({ ...storage, AUTH_MODE: 'dev', HOST: '0.0.0.0' })).toContainEqual(expect.stringMatching(/only allowed when HOST is a loopback address/));
    expect(problemsOf({ ...storage, AUTH_MODE: 'dev', HOST: '127.0.0.1' })).toEqual([]);
  });

  it('refuses wildcard tenants and the emulator in production', () => {
    expect(problemsOf({ ...storage, ...entra, AUTH_ALLOWED_TENANTS: 'common' })).toContainEqual(expect.stringMatching(/wildcards/));
    expect(problemsOf({ ...entra, NODE_ENV: 'production', STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })).toContainEqual(expect.stringMatching(/local emulator/));
  });

  it('defaults to port 3978 and Entra sign-in', () => {
    const config = loadConfig({ ...storage, ...entra });
    expect(config.PORT).toBe(3978);
    expect(config.AUTH_MODE).toBe('entra');
    expect(config.AUTH_ALLOWED_TENANTS).toEqual(['6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b']);
  });

  it('signs in and reads Graph in Microsoft’s global cloud unless another cloud’s pair is set', () => {
    expect(loadConfig({ ...storage, ...entra })).toMatchObject({ GRAPH_AUTHORITY_HOST: 'https://login.microsoftonline.com', GRAPH_BASE_URL: 'https://graph.microsoft.com' });
    const usGovernment = loadConfig({ ...storage, ...entra, GRAPH_AUTHORITY_HOST: 'https://login.microsoftonline.us/', GRAPH_BASE_URL: 'https://graph.microsoft.us' });
    expect(usGovernment).toMatchObject({ GRAPH_AUTHORITY_HOST: 'https://login.microsoftonline.us', GRAPH_BASE_URL: 'https://graph.microsoft.us' });
  });

  it('refuses a sign-in host or Graph address that is not https, or that has a path', () => {
    const refused: [string, string][] = [
      ['GRAPH_AUTHORITY_HOST', 'http://login.microsoftonline.us'],
      ['GRAPH_AUTHORITY_HOST', 'https://login.microsoftonline.us/contoso.onmicrosoft.com'],
      ['GRAPH_AUTHORITY_HOST', 'login.microsoftonline.us'],
      ['GRAPH_BASE_URL', 'http://127.0.0.1:8443'],
      ['GRAPH_BASE_URL', 'https://graph.microsoft.us/v1.0'],
    ];
    for (const [name, value] of refused) {
      expect(problemsOf({ ...storage, ...entra, [name]: value })).toEqual([expect.stringMatching(new RegExp(`^${name} must be the https address of .*, with no path \\(such as https://.*\\); "${value.replace(/[.]/g, '\\.')}" is not$`))]);
    }
  });
});
