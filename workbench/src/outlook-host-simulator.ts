// Stands in for Office.js around the Outlook task pane: answers the surface's hello with the
// signed-in person and theme, and keeps a MessagePort for live changes and for the surface's
// compose-item requests, which the workbench's compose form answers (compose-store.ts).
import type { HostTheme, HostUser } from '../../src/domain/host-context';
import { OUTLOOK_HELLO, OUTLOOK_WELCOME, isComposeRequest, type ComposeAnswer, type ComposeRequest, type OutlookItemType, type OutlookPortEvent, type OutlookWelcome } from '../../src/domain/outlook-port';

/** Whoever answers the surface's compose requests: the compose form beside the frame. */
export type ComposeAnswerer = (request: ComposeRequest) => Promise<ComposeAnswer>;

export class OutlookHostSimulator {
  private port: MessagePort | undefined;
  private readonly onMessage = (event: MessageEvent) => this.handle(event);

  constructor(
    private readonly iframe: HTMLIFrameElement,
    private readonly getState: () => { user: HostUser; theme: HostTheme; itemType: OutlookItemType; exposeComposeForTests?: boolean },
    private readonly answerCompose?: ComposeAnswerer,
  ) {
    window.addEventListener('message', this.onMessage);
  }

  dispose(): void {
    window.removeEventListener('message', this.onMessage);
    this.port?.close();
  }

  pushTheme(theme: HostTheme): void {
    const event: OutlookPortEvent = { type: 'theme', theme };
    this.port?.postMessage(event);
  }

  private handle(event: MessageEvent): void {
    if (event.source !== this.iframe.contentWindow || event.origin !== window.location.origin) return;
    if ((event.data as { type?: string } | null)?.type !== OUTLOOK_HELLO) return;
    this.port?.close();
    const channel = new MessageChannel();
    this.port = channel.port1;
    const port = channel.port1;
    port.onmessage = (portEvent: MessageEvent) => {
      if (!isComposeRequest(portEvent.data)) return;
      const request = portEvent.data;
      const answer: Promise<ComposeAnswer> = this.answerCompose
        ? this.answerCompose(request)
        : Promise.resolve({ type: 'compose-answer', id: request.id, ok: false, error: { code: 'unsupported', message: 'This workbench frame has no compose form.' } });
      void answer.then((a) => port.postMessage(a));
    };
    const state = this.getState();
    const welcome: OutlookWelcome = { type: OUTLOOK_WELCOME, ...state };
    this.iframe.contentWindow?.postMessage(welcome, window.location.origin, [channel.port2]);
  }
}
