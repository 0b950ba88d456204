// Sign-in configuration in one place. Values come from the build's environment (webpack's
// DefinePlugin replaces process.env.MICROMENTOR_*); with no client id the build talks to the local
// Graph emulator on its own origin.

/** Least privilege: each scope is needed by a named operation (see README "Use it in your tenant"). */
export const GRAPH_SCOPES = [
  'User.Read', // who is signed in
  'User.ReadBasic.All', // mentors' names, titles, departments and photos
  'Calendars.ReadBasic', // mentors' free/busy (getSchedule)
  'Calendars.ReadWrite', // create the session's Teams meeting
  'OnlineMeetings.Read', // find the meeting's chat from its join URL
  'ChatMessage.Send', // post and pin the checklist and summary
  'ChatMessage.Read', // check what is already posted or pinned before posting again
  'Sites.ReadWrite.All', // the program's lists: mentors, sessions, events, sign-up sheets
  'Mail.Send', // the thank-you note
] as const;

export interface AuthConfig {
  /** `emulator` signs in as a demo persona; `tenant` uses MSAL nested app authentication. */
  mode: 'emulator' | 'tenant';
  clientId: string;
  /** Tenant id or `organizations`. */
  tenantId: string;
  authority: string;
  /** e.g. https://graph.microsoft.com/v1.0 or http://localhost:3000/v1.0 */
  graphBaseUrl: string;
  scopes: readonly string[];
}

export interface AuthEnvironment {
  MICROMENTOR_CLIENT_ID?: string;
  MICROMENTOR_TENANT_ID?: string;
  MICROMENTOR_GRAPH_BASE_URL?: string;
}

export class AuthConfigError extends Error {
  readonly code = 'auth-config-invalid';
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readAuthConfig(env: AuthEnvironment, pageOrigin: string): AuthConfig {
  const clientId = (env.MICROMENTOR_CLIENT_ID ?? '').trim();
  const tenantId = (env.MICROMENTOR_TENANT_ID ?? '').trim() || 'organizations';
  if (!clientId) {
    return {
      mode: 'emulator',
      clientId: '',
      tenantId: 'emulator',
      authority: '',
      graphBaseUrl: (env.MICROMENTOR_GRAPH_BASE_URL ?? '').trim() || `${pageOrigin}/v1.0`,
      scopes: GRAPH_SCOPES,
    };
  }
  if (!GUID.test(clientId)) {
    throw new AuthConfigError(`MICROMENTOR_CLIENT_ID must be the app registration's Application (client) ID, a GUID; "${clientId}" is not one.`);
  }
  if (tenantId !== 'organizations' && !GUID.test(tenantId) && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(tenantId)) {
    throw new AuthConfigError(`MICROMENTOR_TENANT_ID must be a tenant GUID, a domain such as contoso.onmicrosoft.com, or empty; "${tenantId}" is neither.`);
  }
  return {
    mode: 'tenant',
    clientId,
    tenantId,
    authority: `https://login.microsoftonline.com/${tenantId}`,
    graphBaseUrl: (env.MICROMENTOR_GRAPH_BASE_URL ?? '').trim() || 'https://graph.microsoft.com/v1.0',
    scopes: GRAPH_SCOPES.map((scope) => `https://graph.microsoft.com/${scope}`),
  };
}
