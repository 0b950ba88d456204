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
  /** Workbench only, for browser tests: the surface puts its compose port on window.__micromentorCompose. */
  exposeComposeForTests?: boolean;
}

/** Sent over the MessagePort the welcome carries. */
export type OutlookPortEvent = { type: 'theme'; theme: HostTheme };

export function isOutlookWelcome(data: unknown): data is OutlookWelcome {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<OutlookWelcome>;
  return d.type === OUTLOOK_WELCOME && typeof d.user?.displayName === 'string' && typeof d.theme === 'string';
}

/** The compose-item port's methods, asked over the welcome's MessagePort (src/ui/common/compose-ports.ts). */
export const COMPOSE_METHODS = ['getBody', 'prependToBody', 'setBody', 'insertAtCursor', 'setSubject', 'addRecipient', 'setTimes', 'isOnlineMeeting', 'saveAndGetItemId'] as const;
export type ComposeMethod = (typeof COMPOSE_METHODS)[number];

/** Surface → workbench: one call on the item being composed; the answer carries the same id. */
export interface ComposeRequest {
  type: 'compose-request';
  id: number;
  method: ComposeMethod;
  args: unknown[];
}

/** The error shape of ComposeError, kept as plain data here so domain imports nothing outside itself. */
export interface ComposeFailure {
  code: string;
  message: string;
  officeCode?: string | number;
}

/** Workbench → surface: the answer to one request. */
export type ComposeAnswer = { type: 'compose-answer'; id: number; ok: true; value?: unknown } | { type: 'compose-answer'; id: number; ok: false; error: ComposeFailure };

export function isComposeRequest(data: unknown): data is ComposeRequest {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<ComposeRequest>;
  return d.type === 'compose-request' && typeof d.id === 'number' && (COMPOSE_METHODS as readonly string[]).includes(d.method as string) && Array.isArray(d.args);
}

export function isComposeAnswer(data: unknown): data is ComposeAnswer {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<ComposeAnswer>;
  return d.type === 'compose-answer' && typeof d.id === 'number' && typeof d.ok === 'boolean';
}
