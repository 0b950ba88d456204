import { OUTLOOK_HELLO, isOutlookWelcome, type OutlookHello, type OutlookPortEvent } from '../../domain/outlook-port';
import type { HostTheme } from '../../domain/host-context';
import type { HostConnection } from '../host-connection';

/**
 * Asks the page around us whether it is the local workbench. Only an answer from our own origin,
 * from our parent window, counts; the workbench hands over a MessagePort for everything after.
 */
export function connectToWorkbench(): Promise<HostConnection> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      if (!isOutlookWelcome(event.data)) return;
      window.removeEventListener('message', onMessage);
      const welcome = event.data;
      const port = event.ports[0];
      const listeners = new Set<(theme: HostTheme) => void>();
      if (port) {
        port.onmessage = (portEvent: MessageEvent<OutlookPortEvent>) => {
          if (portEvent.data?.type === 'theme') listeners.forEach((listener) => listener(portEvent.data.theme));
        };
      }
      resolve({
        context: {
          host: 'workbench-outlook',
          surface: 'outlook',
          frame: `${welcome.itemType} compose`,
          user: welcome.user,
          theme: welcome.theme,
        },
        onThemeChange: (listener) => listeners.add(listener),
      });
    };
    window.addEventListener('message', onMessage);
    const hello: OutlookHello = { type: OUTLOOK_HELLO, version: 1 };
    // The hello carries no data, so any parent may read it; only our own origin may answer.
    window.parent.postMessage(hello, '*');
  });
}
