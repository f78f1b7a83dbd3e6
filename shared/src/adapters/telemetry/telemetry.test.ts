import { loadConfig } from '../config/config';
import { startTelemetry } from './telemetry';
import { correlationIdFrom, currentCorrelation, withCorrelation } from './correlation';

const local = { STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AUTH_MODE: 'dev' };

describe('telemetry settings', () => {
  it('is off unless the Application Insights connection string is set', () => {
    expect(startTelemetry(loadConfig(local)).enabled).toBe(false);
  });

  it('names a malformed connection or authentication string', () => {
    expect(() => loadConfig({ ...local, APPLICATIONINSIGHTS_CONNECTION_STRING: 'https://example.com' })).toThrow(/APPLICATIONINSIGHTS_CONNECTION_STRING must be an Application Insights connection string/);
    expect(() => loadConfig({ ...local, APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=Key' })).toThrow(/APPLICATIONINSIGHTS_AUTHENTICATION_STRING must be Authorization=AAD;ClientId=/);
  });
});

describe('correlation ids', () => {
  it('keeps a safe incoming id and replaces anything else', () => {
    expect(correlationIdFrom('f:1234567890')).toBe('f:1234567890');
    for (const unsafe of ['', 'a b', '<x>', 'x'.repeat(129), 42, undefined]) expect(correlationIdFrom(unsafe)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('follows awaited work and stays inside it', async () => {
    const seen = await withCorrelation({ id: 'outer', source: 'http' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentCorrelation()?.id;
    });
    expect(seen).toBe('outer');
    expect(currentCorrelation()).toBeUndefined();
  });
});
