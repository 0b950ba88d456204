// Sign-in configuration in one place. Values come from the build's environment (webpack's
// DefinePlugin replaces process.env.MICROMENTOR_*); with no client id the build talks to the local
// Graph emulator on its own origin.

/** Least privilege: each scope is needed by a named operation (see README "Use it in your tenant"). */
export const GRAPH_SCOPES = [
  'User.Read', // who is signed in
  'User.ReadBasic.All', // mentors' names, titles, departments and photos
  'MailboxSettings.Read', // the time zone and language set in Outlook, to show times in
  'Calendars.ReadBasic', // mentors' free/busy (getSchedule)
  'Calendars.ReadWrite', // create the session's Teams meeting
  'OnlineMeetings.Read', // find the meeting's chat from its join URL
  'ChatMessage.Send', // post and pin the checklist and summary
  'ChatMessage.Read', // check what is already posted or pinned before posting again
  'Chat.ReadBasic', // which meeting a chat is (a meeting written in Outlook, a flash event's table)
  'Sites.ReadWrite.All', // the program's lists: mentors, sessions, events, sign-up sheets
  'Mail.Send', // the thank-you note
] as const;

export interface AuthConfig {
  /** `emulator` signs in as a demo persona; `tenant` uses MSAL nested app authentication. */
  mode: 'emulator' | 'tenant';
  clientId: string;
  /** Tenant id or `organizations`. */
  tenantId: string;
  /** The Microsoft Entra sign-in origin of the Graph cloud, e.g. https://login.microsoftonline.com; empty for the emulator. */
  signInOrigin: string;
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

/**
 * Microsoft Graph in each cloud and that cloud's sign-in origin (learn.microsoft.com/graph/deployments):
 * a token from one cloud does not open another's Graph.
 */
export const GRAPH_CLOUDS: Readonly<Record<string, string>> = {
  'graph.microsoft.com': 'https://login.microsoftonline.com',
  'graph.microsoft.us': 'https://login.microsoftonline.us', // US Government L4 (GCC High)
  'dod-graph.microsoft.us': 'https://login.microsoftonline.us', // US Government L5 (DoD)
  'microsoftgraph.chinacloudapi.cn': 'https://login.chinacloudapi.cn', // operated by 21Vianet
};

function graphCloud(graphBaseUrl: string): { graphOrigin: string; signInOrigin: string } {
  let url: URL | undefined;
  try {
    url = new URL(graphBaseUrl);
  } catch {
    url = undefined;
  }
  const signInOrigin = url?.protocol === 'https:' ? GRAPH_CLOUDS[url.host] : undefined;
  if (!url || !signInOrigin) {
    throw new AuthConfigError(
      `MICROMENTOR_GRAPH_BASE_URL must be Microsoft Graph in one of its clouds (${Object.keys(GRAPH_CLOUDS).map((host) => `https://${host}/v1.0`).join(', ')}), or empty; "${graphBaseUrl}" is none of them.`,
    );
  }
  return { graphOrigin: url.origin, signInOrigin };
}

export function readAuthConfig(env: AuthEnvironment, pageOrigin: string): AuthConfig {
  const clientId = (env.MICROMENTOR_CLIENT_ID ?? '').trim();
  const tenantId = (env.MICROMENTOR_TENANT_ID ?? '').trim() || 'organizations';
  if (!clientId) {
    return {
      mode: 'emulator',
      clientId: '',
      tenantId: 'emulator',
      signInOrigin: '',
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
  const graphBaseUrl = (env.MICROMENTOR_GRAPH_BASE_URL ?? '').trim() || 'https://graph.microsoft.com/v1.0';
  const { graphOrigin, signInOrigin } = graphCloud(graphBaseUrl);
  return {
    mode: 'tenant',
    clientId,
    tenantId,
    signInOrigin,
    authority: `${signInOrigin}/${tenantId}`,
    graphBaseUrl,
    // A scope names the Graph of the cloud it is for.
    scopes: GRAPH_SCOPES.map((scope) => `${graphOrigin}/${scope}`),
  };
}
