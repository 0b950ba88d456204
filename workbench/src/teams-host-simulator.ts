// Answers the postMessage protocol of @microsoft/teams-js 2.x for one iframe, the way Teams does,
// so the surfaces run their real app.initialize() / app.getContext() code path.
// Protocol notes: ../shared/reference/teams-host-protocol.md and the teams-js sources.

export type TeamsFrameContext = 'content' | 'sidePanel' | 'settings' | 'meetingStage';

export interface TeamsLegacyContext {
  locale: string;
  theme: string;
  frameContext: TeamsFrameContext;
  hostClientType: 'web';
  hostName: 'Teams';
  appSessionId: string;
  sessionId: string;
  entityId: string;
  userObjectId: string;
  userPrincipalName: string;
  loginHint: string;
  userDisplayName: string;
  tid: string;
  chatId?: string;
  meetingId?: string;
  /** What a navigation asked the page to show; teams-js gives it to the app as page.subPageId. */
  subEntityId?: string;
}

/** teams-js's SdkError: the first argument of a callback-style reply when the call failed. */
export interface SdkError {
  errorCode: number;
  message?: string;
}

/** ErrorCode values of teams-js (public/interfaces). */
export const SDK_ERROR = { notSupportedInCurrentContext: 501, invalidArguments: 4000 } as const;

/**
 * The meeting stage as a host offers it to the side panel (and the stage itself): share a URL of
 * the app's to the stage, stop sharing, and whether the app is shared now.
 */
export interface MeetingStageHost {
  /** Shows the URL on the stage; an SdkError when it cannot (another origin than the app's). */
  share(url: string): SdkError | undefined;
  stop(): void;
  isSharing(): boolean;
}

/** pages.currentApp.navigateTo's parameters, as teams-js sends them. */
export interface NavigateWithinApp {
  pageId: string;
  subPageId?: string;
}

/** The host's part of navigating within the app: opens the page, or says why not. */
export type AppNavigator = (params: NavigateWithinApp) => SdkError | undefined;

interface TeamsRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
}

// Capabilities the surfaces may ask isSupported() about; sent as a JSON string, as Teams does.
const RUNTIME_CONFIG = JSON.stringify({
  apiVersion: 4,
  supports: {
    app: { notifySuccessResponse: {} },
    pages: { config: {}, backStack: {}, currentApp: {}, tabs: {}, appButton: {} },
    teamsCore: {},
  },
});

const ONE_WAY = new Set(['registerHandler', 'appInitialization.appLoaded', 'appInitialization.failure', 'appInitialization.expectedFailure', 'readyToUnload']);

export class TeamsHostSimulator {
  private readonly iframe: HTMLIFrameElement;
  private readonly getContext: () => TeamsLegacyContext;
  private readonly onMessage = (event: MessageEvent) => this.handle(event);
  private readonly log: (line: string) => void;

  private readonly stage: MeetingStageHost | undefined;
  private readonly navigate: AppNavigator | undefined;

  constructor(iframe: HTMLIFrameElement, getContext: () => TeamsLegacyContext, options: { log?: (line: string) => void; stage?: MeetingStageHost; navigate?: AppNavigator } = {}) {
    this.iframe = iframe;
    this.getContext = getContext;
    this.log = options.log ?? (() => undefined);
    this.stage = options.stage;
    this.navigate = options.navigate;
    window.addEventListener('message', this.onMessage);
  }

  dispose(): void {
    window.removeEventListener('message', this.onMessage);
  }

  /** Pushes a theme change; an event has no numeric id, so teams-js routes it to its handler. */
  pushTheme(theme: string): void {
    this.post({ func: 'themeChange', args: [theme] });
  }

  private handle(event: MessageEvent): void {
    const frame = this.iframe.contentWindow;
    if (!frame || event.source !== frame || event.origin !== window.location.origin) return;
    const request = event.data as TeamsRequest;
    if (typeof request !== 'object' || request === null || typeof request.func !== 'string' || typeof request.id !== 'number') return;
    this.log(`teams-js → host: ${request.func}`);
    switch (request.func) {
      case 'initialize': {
        const context = this.getContext();
        this.reply(request, [context.frameContext, context.hostClientType, RUNTIME_CONFIG, '2.58.0']);
        return;
      }
      case 'getContext': {
        const context = this.getContext();
        this.reply(request, [context]);
        this.markFrame(context);
        return;
      }
      case 'appInitialization.success':
        this.reply(request, []);
        return;
      // Meeting APIs are callback style: the reply is [error or null, result].
      case 'meeting.shareAppContentToStage':
      case 'meeting.getAppContentStageSharingCapabilities':
      case 'meeting.getAppContentStageSharingState':
      case 'meeting.stopSharingAppContentToStage':
        this.reply(request, this.answerStage(request));
        return;
      // sendAndHandleSdkError style: the reply is [error or null].
      case 'pages.currentApp.navigateTo':
        this.reply(request, [this.answerNavigate(request)]);
        return;
      default:
        if (!ONE_WAY.has(request.func)) this.log(`the workbench does not implement ${request.func}`);
    }
  }

  /** Share to stage, as Teams answers it in a meeting; outside one, "not supported here". */
  private answerStage(request: TeamsRequest): [SdkError | null, unknown] {
    const stage = this.stage;
    if (!stage) return [{ errorCode: SDK_ERROR.notSupportedInCurrentContext, message: 'This frame is not in a meeting.' }, null];
    switch (request.func) {
      case 'meeting.shareAppContentToStage': {
        const url = request.args?.[0];
        if (typeof url !== 'string') return [{ errorCode: SDK_ERROR.invalidArguments, message: 'No URL to share.' }, null];
        const refused = stage.share(url);
        return refused ? [refused, null] : [null, true];
      }
      case 'meeting.getAppContentStageSharingCapabilities':
        // The manifest's tab lists the meetingStage context, so the app may share.
        return [null, { doesAppHaveSharePermission: true }];
      case 'meeting.getAppContentStageSharingState':
        return [null, { isAppSharing: stage.isSharing() }];
      default:
        stage.stop();
        return [null, true];
    }
  }

  /** Opens a page of the app (Teams shows the app's tab with the subPageId in its context). */
  private answerNavigate(request: TeamsRequest): SdkError | null {
    const params = request.args?.[0] as Partial<NavigateWithinApp> | undefined;
    if (typeof params?.pageId !== 'string' || (params.subPageId !== undefined && typeof params.subPageId !== 'string')) {
      return { errorCode: SDK_ERROR.invalidArguments, message: 'No page to navigate to.' };
    }
    if (!this.navigate) return { errorCode: SDK_ERROR.notSupportedInCurrentContext, message: 'This frame cannot open other pages.' };
    return this.navigate({ pageId: params.pageId, ...(params.subPageId !== undefined ? { subPageId: params.subPageId } : {}) }) ?? null;
  }

  /** What the frame was told, on the iframe element, so a browser test can see which meeting a surface is in. */
  private markFrame(context: TeamsLegacyContext): void {
    const data = this.iframe.dataset;
    data.teamsFrameContext = context.frameContext;
    data.teamsChatId = context.chatId ?? '';
    data.teamsMeetingId = context.meetingId ?? '';
    if (context.subEntityId) data.teamsSubPageId = context.subEntityId;
  }

  private reply(request: TeamsRequest, args: unknown[]): void {
    // Always echo uuidAsString: teams-js matches replies on it once any reply carried one.
    this.post({ id: request.id, uuidAsString: request.uuidAsString, args });
  }

  private post(message: object): void {
    this.iframe.contentWindow?.postMessage(message, window.location.origin);
  }
}
