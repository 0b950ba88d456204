// The Microsoft 365 app package: the manifest passes Microsoft's own schema (bundled, offline),
// its icons have the sizes Teams requires, its URLs stay on its valid domain, and every page it
// names is one the production build emits.
import { unzipSync } from 'fflate';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { MANIFEST_PAGES, buildManifest, manifestUrls } from '../../scripts/app-manifest';
import { FRAME_ANCESTORS, OFFICE_JS_CDN, contentSecurityPolicy } from '../../scripts/content-security-policy';
import { describePackage, readEnvFile, readPackageConfig } from '../../scripts/package-config';
import { validateManifest, writeAppPackage } from '../../scripts/package';

const ROOT = path.join(__dirname, '..', '..');
const TENANT = {
  MICROMENTOR_APP_ID: '3f2a9c1e-7b4d-4e6f-8a1b-2c3d4e5f6a7b',
  MICROMENTOR_CLIENT_ID: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  MICROMENTOR_HOST_URL: 'https://micromentor.contoso.com',
};

describe('the app package', () => {
  const config = readPackageConfig(TENANT, '1.4.2');
  const manifest = buildManifest(config);

  it('passes the official schema bundled in @microsoft/app-manifest', async () => {
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('the schema check fails on a broken manifest (so the test above can fail)', async () => {
    const broken = { ...manifest, accentColor: 'purple', name: { short: 'M'.repeat(31) } };
    const errors = await validateManifest(broken);
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  it('has a personal tab, a meeting side panel and an Outlook add-in for new meetings and messages', () => {
    const m = manifest as {
      staticTabs: { scopes: string[] }[];
      configurableTabs: { context: string[]; scopes: string[]; meetingSurfaces: string[] }[];
      authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
      extensions: { ribbons: { contexts: string[] }[]; requirements: { capabilities: { name: string; minVersion: string }[] } }[];
      webApplicationInfo: { id: string; nestedAppAuthInfo: { redirectUri: string }[] };
      validDomains: string[];
    };
    expect(m.staticTabs[0]?.scopes).toEqual(['personal']);
    expect(m.configurableTabs[0]?.context).toEqual(expect.arrayContaining(['meetingSidePanel', 'meetingChatTab', 'meetingDetailsTab', 'meetingStage']));
    expect(m.configurableTabs[0]?.meetingSurfaces).toEqual(['sidePanel', 'stage']);
    expect(m.authorization.permissions.resourceSpecific).toContainEqual({ name: 'MeetingStage.Write.Chat', type: 'Delegated' });
    expect(m.extensions[0]?.ribbons[0]?.contexts).toEqual(['meetingDetailsOrganizer', 'mailCompose']);
    expect(m.extensions[0]?.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.3' }]);
    expect(m.webApplicationInfo.id).toBe(TENANT.MICROMENTOR_CLIENT_ID);
    expect(m.webApplicationInfo.nestedAppAuthInfo[0]?.redirectUri).toBe('brk-multihub://micromentor.contoso.com');
    expect(m.validDomains).toEqual(['micromentor.contoso.com']);
    expect(m.validDomains.some((d) => d.includes('*'))).toBe(false);
  });

  it('keeps every URL on a valid domain', () => {
    const domains = (manifest as { validDomains: string[] }).validDomains;
    const outside = manifestUrls(manifest).filter(({ url }) => {
      const host = new URL(url).host;
      // The developer's own pages may live elsewhere; everything Teams or Outlook loads may not.
      return !domains.includes(host);
    });
    expect(outside.filter((u) => !u.path.startsWith('developer.'))).toEqual([]);
  });

  it('names only pages that the production build emits', () => {
    // Read from the build's own configuration, so this holds without building first.
    const build = require('../../webpack.config.js') as { PAGES: { file: string }[]; COPIED: { from: string; to: string }[] };
    const emitted = (file: string) =>
      build.PAGES.some((page) => page.file === file) ||
      build.COPIED.some(({ from, to }) => file.startsWith(`${to}/`) && existsSync(path.join(ROOT, from, file.slice(to.length + 1))));
    const named = manifestUrls(manifest)
      .filter(({ path: at }) => !at.startsWith('developer.'))
      .map(({ url }) => new URL(url).pathname.slice(1));
    expect(new Set(named)).toEqual(new Set([...MANIFEST_PAGES, 'icons/icon-16.png', 'icons/icon-32.png', 'icons/icon-80.png']));
    // The configuration page names the side panel as the meeting tab's content.
    expect([...named, 'side-panel.html'].filter((file) => !emitted(file))).toEqual([]);
    expect(emitted('no-such-page.html')).toBe(false);
  });

  it('writes a zip with manifest.json and both icons at its root, at the sizes Teams requires', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'app-package-'));
    const { zipPath } = writeAppPackage(out, config);
    const files = unzipSync(readFileSync(zipPath));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')).id).toBe(TENANT.MICROMENTOR_APP_ID);

    const color = PNG.sync.read(Buffer.from(files['color.png']!));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(Buffer.from(files['outline.png']!));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    // Outline: white only, on transparency, with something drawn.
    let drawn = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a! > 0) {
        drawn++;
        expect([r, g, b]).toEqual([255, 255, 255]);
      }
    }
    expect(drawn).toBeGreaterThan(50);
    expect(drawn).toBeLessThan(32 * 32);
    for (const size of [16, 32, 80]) {
      const icon = PNG.sync.read(readFileSync(path.join(ROOT, 'manifest', 'icons', `icon-${size}.png`)));
      expect([icon.width, icon.height]).toEqual([size, size]);
    }
  });
});

describe('package configuration', () => {
  it('makes a development package without settings, and says so', () => {
    expect(readPackageConfig({}, '0.1.0')).toMatchObject({ development: true, version: '0.1.0' });
  });

  it('opens the workbench port a development package was made for, and says which host that is', () => {
    const config = readPackageConfig({ PORT: '3001' }, '0.1.0');
    expect(config).toMatchObject({ development: true, hostUrl: 'https://localhost:3001' });
    const manifest = buildManifest(config) as { staticTabs: { contentUrl: string }[]; name: { short: string; full: string } };
    expect(manifest.staticTabs[0]?.contentUrl).toBe('https://localhost:3001/tab.html');
    expect(manifest.name).toEqual({ short: 'Micromentor (dev)', full: 'Micromentor, development package for https://localhost:3001' });
    expect(describePackage(config).join(' ')).toContain('development package with placeholder ids, for https://localhost:3001');
    expect(readPackageConfig({}, '0.1.0').hostUrl).toBe('https://localhost:3000');
    // A tenant's own host wins over the port.
    expect(readPackageConfig({ PORT: '3001', MICROMENTOR_HOST_URL: 'https://mm.contoso.com' }, '0.1.0').hostUrl).toBe('https://mm.contoso.com');
    expect(() => readPackageConfig({ PORT: 'eighty' }, '0.1.0')).toThrow('PORT must be a whole number from 1 to 65535, not "eighty".');
  });

  it('explains each wrong value', () => {
    expect(() => readPackageConfig({ MICROMENTOR_APP_ID: 'x', MICROMENTOR_HOST_URL: 'http://mm.contoso.com/app' }, 'v1')).toThrow(
      /MICROMENTOR_APP_ID must be a GUID[\s\S]*must use https[\s\S]*without a path[\s\S]*MICROMENTOR_VERSION must look like 1\.2\.3/,
    );
  });

  it('reads an env file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'env-'));
    const file = path.join(dir, '.env');
    require('node:fs').writeFileSync(file, `# tenant\nMICROMENTOR_APP_ID="${TENANT.MICROMENTOR_APP_ID}"\nexport MICROMENTOR_HOST_URL=https://mm.contoso.com\n`);
    expect(readEnvFile(file)).toEqual({ MICROMENTOR_APP_ID: TENANT.MICROMENTOR_APP_ID, MICROMENTOR_HOST_URL: 'https://mm.contoso.com' });
  });
});

describe('Content-Security-Policy', () => {
  const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `))?.split(' ').slice(1) ?? [];

  it('lets only Teams, Outlook and Microsoft 365 frame the pages', () => {
    const ancestors = directive(contentSecurityPolicy(), 'frame-ancestors');
    expect(ancestors).toEqual([...FRAME_ANCESTORS]);
    expect(ancestors.every((a) => /^https:\/\/(\*\.)?[a-z0-9.-]+\.(com|microsoft)$/.test(a))).toBe(true);
    expect(ancestors).not.toContain("'self'");
    expect(directive(contentSecurityPolicy({ allowSelfFraming: true }), 'frame-ancestors')).toContain("'self'");
  });

  it('runs scripts only from the app and the Office.js CDN', () => {
    expect(directive(contentSecurityPolicy(), 'script-src')).toEqual(["'self'", OFFICE_JS_CDN]);
    expect(directive(contentSecurityPolicy(), 'object-src')).toEqual(["'none'"]);
  });

  it('connects only to Microsoft Graph and sign-in in the configured cloud', () => {
    const global = directive(contentSecurityPolicy(readPackageConfig(TENANT, '1.4.2')), 'connect-src');
    expect(global).toEqual(expect.arrayContaining(['https://graph.microsoft.com', 'https://login.microsoftonline.com']));

    const usGov = readPackageConfig({ ...TENANT, MICROMENTOR_GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0' }, '1.4.2');
    const connect = directive(contentSecurityPolicy(usGov), 'connect-src');
    expect(connect).toEqual(expect.arrayContaining(['https://graph.microsoft.us', 'https://login.microsoftonline.us']));
    expect(connect).not.toContain('https://graph.microsoft.com');
    expect(connect).not.toContain('https://login.microsoftonline.com');
    expect(directive(contentSecurityPolicy(usGov), 'frame-src')).toEqual(["'self'", 'https://login.microsoftonline.us']);

    const china = readPackageConfig({ ...TENANT, MICROMENTOR_GRAPH_BASE_URL: 'https://microsoftgraph.chinacloudapi.cn/v1.0' }, '1.4.2');
    expect(directive(contentSecurityPolicy(china), 'connect-src')).toEqual(expect.arrayContaining(['https://microsoftgraph.chinacloudapi.cn', 'https://login.chinacloudapi.cn']));
  });

  it('writes the configured cloud into the hosting headers', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'app-package-'));
    writeAppPackage(out, readPackageConfig({ ...TENANT, MICROMENTOR_GRAPH_BASE_URL: 'https://dod-graph.microsoft.us/v1.0' }, '1.4.2'));
    const written = readFileSync(path.join(out, 'hosting', 'content-security-policy.txt'), 'utf8').trim();
    expect(directive(written, 'connect-src')).toEqual(expect.arrayContaining(['https://dod-graph.microsoft.us', 'https://login.microsoftonline.us']));
    const headers = JSON.parse(readFileSync(path.join(out, 'hosting', 'staticwebapp.config.json'), 'utf8')) as { globalHeaders: Record<string, string> };
    expect(headers.globalHeaders['Content-Security-Policy']).toBe(written);
  });

  it('refuses a Graph address it cannot pair with a sign-in host, before packaging', () => {
    expect(() => readPackageConfig({ ...TENANT, MICROMENTOR_GRAPH_BASE_URL: 'https://graph.contoso.com/v1.0' }, '1.4.2')).toThrow(
      /MICROMENTOR_GRAPH_BASE_URL must be Microsoft Graph in one of its clouds[\s\S]*graph\.microsoft\.us[\s\S]*"https:\/\/graph\.contoso\.com\/v1\.0"/,
    );
    expect(() => readPackageConfig({ ...TENANT, MICROMENTOR_GRAPH_BASE_URL: 'http://graph.microsoft.com/v1.0' }, '1.4.2')).toThrow(/MICROMENTOR_GRAPH_BASE_URL/);
  });
});
