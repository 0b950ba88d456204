// The Microsoft 365 app manifest (unified JSON manifest, schema 1.30, the newest that
// @microsoft/app-manifest bundles): the directory as a personal tab, the session panel in meetings,
// and the Outlook add-in for new meetings and messages.
import { GRAPH_SCOPES } from '../src/auth/auth-config';
import type { PackageConfig } from './package-config';

export const MANIFEST_VERSION = '1.30';
export const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const ACCENT_COLOR = '#5B5FC7';

/** Pages the manifest points at; each must be in the production build (dist/). The side panel is
 * named by the configuration page (tab-config.html) when a meeting adds the app. */
export const MANIFEST_PAGES = ['tab.html', 'tab-config.html', 'outlook.html'] as const;

export function buildManifest(config: PackageConfig): Record<string, unknown> {
  const host = config.hostUrl;
  const hostName = new URL(host).host;
  const icons = [16, 32, 80].map((size) => ({ size, url: `${host}/icons/icon-${size}.png` }));
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: config.version,
    id: config.appId,
    developer: { name: config.developerName, websiteUrl: config.websiteUrl, privacyUrl: config.privacyUrl, termsOfUseUrl: config.termsOfUseUrl },
    // A development package says so, and which host it opens, where Teams lists the app.
    name: config.development
      ? { short: 'Micromentor (dev)', full: `Micromentor, development package for ${config.hostUrl}` }
      : { short: 'Micromentor', full: 'Micromentor: short, focused mentoring in Teams and Outlook' },
    description: {
      short: 'Find an expert and book a short, time-boxed mentoring session.',
      full:
        'Micromentor makes micro-mentoring part of your day: find the right expert by topic, send a precise request ' +
        '(one goal, the context, what success looks like, a time box) and get a Teams meeting with it attached. In the ' +
        'meeting, the side panel shows the goal, both prep checklists and a countdown through the session, and pins ' +
        'the checklist and the summary of agreed actions into the meeting chat.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT_COLOR,
    staticTabs: [
      { entityId: 'directory', name: 'Find an expert', contentUrl: `${host}/tab.html`, websiteUrl: `${host}/tab.html`, scopes: ['personal'], context: ['personalTab'] },
    ],
    configurableTabs: [
      {
        configurationUrl: `${host}/tab-config.html`,
        canUpdateConfiguration: false,
        scopes: ['groupChat'],
        // The session panel in the meeting's side panel, chat tab and details tab; its phase and time on the stage.
        context: ['meetingSidePanel', 'meetingChatTab', 'meetingDetailsTab', 'meetingStage'],
        meetingSurfaces: ['sidePanel', 'stage'],
      },
    ],
    validDomains: [hostName],
    // Sharing to the stage of a scheduled meeting needs this resource-specific consent (teams-js shareAppContentToStage).
    authorization: { permissions: { resourceSpecific: [{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }] } },
    webApplicationInfo: {
      id: config.clientId,
      // The host prefetches a token for these scopes when a surface loads (nested app authentication).
      nestedAppAuthInfo: [{ redirectUri: `brk-multihub://${hostName}`, scopes: GRAPH_SCOPES.map((s) => `https://graph.microsoft.com/${s}`) }],
    },
    extensions: [
      {
        // Mailbox 1.3: the add-in writes the request into the item's body (body.setAsync).
        requirements: { scopes: ['mail'], capabilities: [{ name: 'Mailbox', minVersion: '1.3' }] },
        runtimes: [
          {
            id: 'TaskPaneRuntime',
            type: 'general',
            code: { page: `${host}/outlook.html` },
            lifetime: 'short',
            actions: [{ id: 'OpenMicromentor', type: 'openPage', displayName: 'Ask an expert', pinnable: false, view: 'micromentor' }],
          },
        ],
        ribbons: [
          {
            contexts: ['meetingDetailsOrganizer', 'mailCompose'],
            tabs: [
              {
                builtInTabId: 'TabDefault',
                groups: [
                  {
                    id: 'MicromentorGroup',
                    label: 'Micromentor',
                    icons,
                    controls: [
                      {
                        id: 'OpenMicromentorButton',
                        type: 'button',
                        label: 'Ask an expert',
                        icons,
                        supertip: { title: 'Ask an expert', description: 'Turn this meeting or message into a precise, time-boxed mentoring request.' },
                        actionId: 'OpenMicromentor',
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** Every absolute URL in the manifest, with where it is (scope names look like URLs but are not). */
export function manifestUrls(manifest: unknown, at = ''): { path: string; url: string }[] {
  if (typeof manifest === 'string') return /^https?:\/\//i.test(manifest) ? [{ path: at, url: manifest }] : [];
  if (Array.isArray(manifest)) return manifest.flatMap((v, i) => manifestUrls(v, `${at}[${i}]`));
  if (manifest && typeof manifest === 'object') {
    return Object.entries(manifest).flatMap(([k, v]) => (k === '$schema' || k === 'scopes' ? [] : manifestUrls(v, at ? `${at}.${k}` : k)));
  }
  return [];
}
