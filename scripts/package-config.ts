// What differs per deployment, read from the environment (or an env file): the Teams app id, the
// app registration's client id, where the static files are hosted, the version.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AuthConfigError, readAuthConfig } from '../src/auth/auth-config';

export interface PackageConfig {
  appId: string;
  clientId: string;
  /** https origin that hosts dist/, e.g. https://micromentor.contoso.com */
  hostUrl: string;
  version: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
  /** Microsoft Graph in the configured cloud (MICROMENTOR_GRAPH_BASE_URL), for the Content-Security-Policy. */
  graphOrigin: string;
  /** That cloud's sign-in origin. */
  signInOrigin: string;
  /** True when ids were not given: a package for trying things out, not for a tenant. */
  development: boolean;
}

export class PackageConfigError extends Error {
  readonly code = 'package-config-invalid';
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;
// Placeholders for a development package; a real one needs the tenant's values.
const DEV_APP_ID = '8b2f9a1e-6c3d-4e5f-9a7b-1c2d3e4f5a6b';
const DEV_CLIENT_ID = '00000000-0000-0000-0000-000000000000';
/** The workbench's port (PORT, as npm start reads it) on https: a development package opens the pages there. */
function devHost(port: string): string {
  return `https://localhost:${port || '3000'}`;
}

export function readPackageConfig(env: Record<string, string | undefined>, packageVersion: string): PackageConfig {
  const get = (name: string) => (env[name] ?? '').trim();
  const problems: string[] = [];
  const appId = get('MICROMENTOR_APP_ID') || DEV_APP_ID;
  const clientId = get('MICROMENTOR_CLIENT_ID') || DEV_CLIENT_ID;
  const port = get('PORT');
  if (port && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) problems.push(`PORT must be a whole number from 1 to 65535, not "${port}".`);
  const hostRaw = get('MICROMENTOR_HOST_URL') || devHost(port);
  const version = get('MICROMENTOR_VERSION') || packageVersion;
  if (!GUID.test(appId)) problems.push(`MICROMENTOR_APP_ID must be a GUID (the Teams app id); "${appId}" is not.`);
  if (!GUID.test(clientId)) problems.push(`MICROMENTOR_CLIENT_ID must be the app registration's client id, a GUID; "${clientId}" is not.`);
  let hostUrl = '';
  try {
    const url = new URL(hostRaw);
    if (url.protocol !== 'https:') problems.push(`MICROMENTOR_HOST_URL must use https (Teams and Outlook load only https pages); "${hostRaw}" does not.`);
    if (url.pathname !== '/' || url.search || url.hash) problems.push(`MICROMENTOR_HOST_URL must be an origin such as https://micromentor.contoso.com, without a path; "${hostRaw}" has one.`);
    hostUrl = url.origin;
  } catch {
    problems.push(`MICROMENTOR_HOST_URL must be a URL such as https://micromentor.contoso.com; "${hostRaw}" is not.`);
  }
  if (!SEMVER.test(version)) problems.push(`MICROMENTOR_VERSION must look like 1.2.3; "${version}" does not.`);
  // The same sign-in configuration the build uses, so the policy allows exactly what the app connects to.
  let origins = { graphOrigin: '', signInOrigin: '' };
  if (GUID.test(clientId)) {
    try {
      const auth = readAuthConfig({ MICROMENTOR_CLIENT_ID: clientId, MICROMENTOR_TENANT_ID: get('MICROMENTOR_TENANT_ID'), MICROMENTOR_GRAPH_BASE_URL: get('MICROMENTOR_GRAPH_BASE_URL') }, hostUrl);
      origins = { graphOrigin: new URL(auth.graphBaseUrl).origin, signInOrigin: auth.signInOrigin };
    } catch (error) {
      if (!(error instanceof AuthConfigError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new PackageConfigError(problems.join('\n'));
  const site = get('MICROMENTOR_WEBSITE_URL') || hostUrl;
  return {
    appId,
    clientId,
    hostUrl,
    version,
    developerName: get('MICROMENTOR_DEVELOPER_NAME') || 'Micromentor',
    websiteUrl: site,
    privacyUrl: get('MICROMENTOR_PRIVACY_URL') || `${site}/privacy`,
    termsOfUseUrl: get('MICROMENTOR_TERMS_URL') || `${site}/terms`,
    ...origins,
    development: !get('MICROMENTOR_APP_ID') || !get('MICROMENTOR_CLIENT_ID') || !get('MICROMENTOR_HOST_URL'),
  };
}

/** What `npm run package` says it made: which host the package opens, and whether it is only for development. */
export function describePackage(config: PackageConfig): string[] {
  const lines = [`The package opens Micromentor's pages at ${config.hostUrl}.`];
  if (config.development) {
    lines.push(
      `Note: this is a development package with placeholder ids, for ${config.hostUrl} (PORT sets the port). Set MICROMENTOR_APP_ID, MICROMENTOR_CLIENT_ID and MICROMENTOR_HOST_URL (or an .env file) for your tenant.`,
    );
  }
  return lines;
}

/** KEY=value lines; `#` comments; quotes around a value are removed. The environment wins. */
export function readEnvFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path.resolve(file), 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}
