// The messages between the Outlook surface and the local workbench, which stands in for Office.js.
// Plain data, so both sides agree on one definition.
import type { HostTheme, HostUser } from './host-context';

export const OUTLOOK_HELLO = 'micromentor:outlook-hello';
export const OUTLOOK_WELCOME = 'micromentor:outlook-welcome';

export type OutlookItemType = 'appointment' | 'message';

export interface OutlookHello {
  type: typeof OUTLOOK_HELLO;
  version: 1;
}

export interface OutlookWelcome {
  type: typeof OUTLOOK_WELCOME;
  user: HostUser;
  theme: HostTheme;
  itemType: OutlookItemType;
}

/** Sent over the MessagePort the welcome carries. */
export type OutlookPortEvent = { type: 'theme'; theme: HostTheme };

export function isOutlookWelcome(data: unknown): data is OutlookWelcome {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<OutlookWelcome>;
  return d.type === OUTLOOK_WELCOME && typeof d.user?.displayName === 'string' && typeof d.theme === 'string';
}
