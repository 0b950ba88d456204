// Stands in for Office.js around the Outlook task pane: answers the surface's hello with the
// signed-in person and theme, and keeps a MessagePort for live changes.
import type { HostTheme, HostUser } from '../../src/domain/host-context';
import { OUTLOOK_HELLO, OUTLOOK_WELCOME, type OutlookItemType, type OutlookPortEvent, type OutlookWelcome } from '../../src/domain/outlook-port';

export class OutlookHostSimulator {
  private port: MessagePort | undefined;
  private readonly onMessage = (event: MessageEvent) => this.handle(event);

  constructor(
    private readonly iframe: HTMLIFrameElement,
    private readonly getState: () => { user: HostUser; theme: HostTheme; itemType: OutlookItemType },
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
    const state = this.getState();
    const welcome: OutlookWelcome = { type: OUTLOOK_WELCOME, ...state };
    this.iframe.contentWindow?.postMessage(welcome, window.location.origin, [channel.port2]);
  }
}
