import { OUTLOOK_HELLO, isComposeAnswer, isOutlookWelcome, type OutlookHello, type OutlookPortEvent } from '../../domain/outlook-port';
import type { HostTheme } from '../../domain/host-context';
import type { ComposeItemPort } from '../../ui/common/compose-ports';
import type { HostConnection } from '../host-connection';
import { WorkbenchComposeItem } from './workbench-compose-item';

/** The workbench's connection also carries the compose form, as Office.context.mailbox.item does in Outlook. */
export interface WorkbenchConnection extends HostConnection {
  compose?: ComposeItemPort;
}

declare global {
  interface Window {
    /** Set only when the workbench asks (browser tests drive the compose form through the real port). */
    __micromentorCompose?: ComposeItemPort;
  }
}

/**
 * Asks the page around us whether it is the local workbench. Only an answer from our own origin,
 * from our parent window, counts; the workbench hands over a MessagePort for everything after.
 */
export function connectToWorkbench(): Promise<WorkbenchConnection> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      if (!isOutlookWelcome(event.data)) return;
      window.removeEventListener('message', onMessage);
      const welcome = event.data;
      const port = event.ports[0];
      const listeners = new Set<(theme: HostTheme) => void>();
      const compose = port ? new WorkbenchComposeItem(welcome.itemType, (request) => port.postMessage(request)) : undefined;
      if (port) {
        port.onmessage = (portEvent: MessageEvent<OutlookPortEvent | unknown>) => {
          const data = portEvent.data;
          if (isComposeAnswer(data)) compose?.receive(data);
          else if ((data as OutlookPortEvent | null)?.type === 'theme') listeners.forEach((listener) => listener((data as OutlookPortEvent).theme));
        };
      }
      if (compose && welcome.exposeComposeForTests) window.__micromentorCompose = compose;
      resolve({
        context: {
          host: 'workbench-outlook',
          surface: 'outlook',
          frame: `${welcome.itemType} compose`,
          user: welcome.user,
          theme: welcome.theme,
        },
        onThemeChange: (listener) => listeners.add(listener),
        ...(compose ? { compose } : {}),
      });
    };
    window.addEventListener('message', onMessage);
    const hello: OutlookHello = { type: OUTLOOK_HELLO, version: 1 };
    // The hello carries no data, so any parent may read it; only our own origin may answer.
    window.parent.postMessage(hello, '*');
  });
}
