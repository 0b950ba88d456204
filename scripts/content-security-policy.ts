// The Content-Security-Policy for Micromentor's pages. Framing only by the Teams, Outlook and
// Microsoft 365 hosts; scripts only from our own origin and Microsoft's Office.js CDN; connections
// only to the Graph and sign-in hosts of the cloud the deployment is configured for
// (scripts/package-config.ts reads them from the build's own sign-in configuration).

/** The hosts that frame Micromentor: Teams (web, new and classic), Outlook and the Microsoft 365 app. */
export const FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.skype.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://*.outlook.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.officeapps.live.com',
] as const;

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com';

export interface CspOptions {
  /** The local workbench frames the surfaces from their own origin. */
  allowSelfFraming?: boolean;
  /** Where Graph is: Microsoft Graph in the deployment's cloud, or the workbench's own origin for the emulator. */
  graphOrigin?: string;
  /** The sign-in origin of that cloud (MSAL's token requests and its popup fallback). */
  signInOrigin?: string;
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const graph = options.graphOrigin ?? 'https://graph.microsoft.com';
  const signIn = options.signInOrigin ?? 'https://login.microsoftonline.com';
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", OFFICE_JS_CDN],
    // Fluent UI writes its styles at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    // Graph, sign-in (popup fallback), teams-js's list of valid origins, Office.js's own loads.
    'connect-src': ["'self'", graph, signIn, 'https://res.cdn.office.net', OFFICE_JS_CDN],
    'frame-src': ["'self'", signIn],
    'frame-ancestors': [...(options.allowSelfFraming ? ["'self'"] : []), ...FRAME_ANCESTORS],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`)
    .join('; ');
}
