// What a surface knows about where it runs. Plain data: hosts fill it in, ui reads it.

export type HostTheme = 'default' | 'dark' | 'contrast';

export type HostKind = 'teams' | 'outlook' | 'workbench-outlook';

export type SurfaceKind = 'tab' | 'side-panel' | 'tab-config' | 'outlook';

export interface HostUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

export interface HostContext {
  host: HostKind;
  surface: SurfaceKind;
  /** Teams frame context (`content`, `sidePanel`, …) or Outlook item type; shown to help people see where they are. */
  frame: string;
  user: HostUser;
  theme: HostTheme;
  /** The meeting chat thread, when the surface runs inside a meeting. */
  chatId?: string;
  meetingId?: string;
  /** Teams' page.subPageId: what a navigation to this page asked it to show (read with a checking reader, e.g. readRequestPrefill). */
  subPageId?: string;
}

const THEMES: readonly HostTheme[] = ['default', 'dark', 'contrast'];

/**
 * Teams sends `default`, `dark`, `contrast` and (newer clients) `glass`; anything we do not know
 * falls back to the default theme instead of breaking the page.
 */
export function toHostTheme(value: string | undefined | null): HostTheme {
  return THEMES.includes(value as HostTheme) ? (value as HostTheme) : 'default';
}

/**
 * Office reports its theme as colours, not names. A dark body background means a dark theme;
 * a black background with near-white text is what high-contrast modes give (a light theme's
 * white background with black text is still the default theme).
 */
export function hostThemeFromOfficeColors(bodyBackgroundColor: string, bodyForegroundColor: string): HostTheme {
  const bg = luminance(bodyBackgroundColor);
  const fg = luminance(bodyForegroundColor);
  if (bg === undefined) return 'default';
  if (bg < 0.02 && fg !== undefined && fg > 0.95) return 'contrast';
  return bg < 0.4 ? 'dark' : 'default';
}

function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m || m[1] === undefined) return undefined;
  const n = parseInt(m[1], 16);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
