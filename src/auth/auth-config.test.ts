import { GRAPH_SCOPES, readAuthConfig } from './auth-config';

describe('readAuthConfig', () => {
  it('talks to the local emulator when no app registration is configured', () => {
    const config = readAuthConfig({}, 'http://localhost:3000');
    expect(config).toMatchObject({ mode: 'emulator', graphBaseUrl: 'http://localhost:3000/v1.0' });
  });

  it('uses nested app authentication and real Graph with a client id', () => {
    const config = readAuthConfig({ MICROMENTOR_CLIENT_ID: '5f6a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b', MICROMENTOR_TENANT_ID: 'contoso.onmicrosoft.com' }, 'https://mm.contoso.com');
    expect(config.mode).toBe('tenant');
    expect(config.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(config.graphBaseUrl).toBe('https://graph.microsoft.com/v1.0');
    expect(config.scopes).toContain('https://graph.microsoft.com/Calendars.ReadBasic');
    expect(config.scopes).toHaveLength(GRAPH_SCOPES.length);
  });

  it('signs in and asks for scopes in the cloud of the configured Graph', () => {
    const config = readAuthConfig(
      { MICROMENTOR_CLIENT_ID: '5f6a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b', MICROMENTOR_TENANT_ID: 'contoso.onmicrosoft.us', MICROMENTOR_GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0' },
      'https://mm.contoso.us',
    );
    expect(config).toMatchObject({ signInOrigin: 'https://login.microsoftonline.us', authority: 'https://login.microsoftonline.us/contoso.onmicrosoft.us' });
    expect(config.scopes).toContain('https://graph.microsoft.us/Calendars.ReadBasic');
    expect(config.scopes.some((scope) => scope.includes('graph.microsoft.com'))).toBe(false);
    expect(() => readAuthConfig({ MICROMENTOR_CLIENT_ID: '5f6a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b', MICROMENTOR_GRAPH_BASE_URL: 'graph.microsoft.us' }, 'https://x')).toThrow(
      /MICROMENTOR_GRAPH_BASE_URL must be Microsoft Graph in one of its clouds/,
    );
  });

  it('defaults the tenant to organizations', () => {
    expect(readAuthConfig({ MICROMENTOR_CLIENT_ID: '5f6a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b' }, 'https://x').authority).toBe('https://login.microsoftonline.com/organizations');
  });

  it('says what is wrong with a malformed client or tenant id', () => {
    expect(() => readAuthConfig({ MICROMENTOR_CLIENT_ID: 'my-app' }, 'https://x')).toThrow(/Application \(client\) ID, a GUID; "my-app"/);
    expect(() => readAuthConfig({ MICROMENTOR_CLIENT_ID: '5f6a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b', MICROMENTOR_TENANT_ID: 'not a tenant' }, 'https://x')).toThrow(/MICROMENTOR_TENANT_ID/);
  });

  it('asks for no more than the documented least-privilege scopes', () => {
    expect(GRAPH_SCOPES.some((s) => /\.All$/.test(s) && !['User.ReadBasic.All', 'Sites.ReadWrite.All'].includes(s))).toBe(false);
    expect(GRAPH_SCOPES).not.toContain('Calendars.Read.Shared');
  });
});
