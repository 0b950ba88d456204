import { app } from '@microsoft/teams-js';
import { toHostTheme, type SurfaceKind } from '../domain/host-context';
import { NoHostError, UnsupportedHostError, isFramed, withTimeout, type HostConnection } from './host-connection';
import { unmetCapability, type TeamsCapability } from './teams-capabilities';

// teams-js itself waits 60 s for a host that never answers; a person should not.
const HOST_TIMEOUT_MS = 8000;

/**
 * Runs the real teams-js start-up (initialize, getContext), checks the capabilities the surface
 * needs, and maps the context for the ui.
 */
export async function connectToTeams(surface: SurfaceKind, needs: readonly TeamsCapability[] = []): Promise<HostConnection> {
  if (!isFramed()) throw new NoHostError('this page is not inside Teams');
  await withTimeout(app.initialize(), HOST_TIMEOUT_MS, 'Teams did not answer');
  const ctx = await withTimeout(app.getContext(), HOST_TIMEOUT_MS, 'Teams did not send its context');
  const unmet = unmetCapability(needs, ctx.page.frameContext);
  if (unmet) {
    // The page loaded and explains itself; Teams should show it rather than its own error.
    void app.notifySuccess();
    throw new UnsupportedHostError(unmet);
  }
  const listeners = new Set<(theme: ReturnType<typeof toHostTheme>) => void>();
  app.registerOnThemeChangeHandler((theme) => listeners.forEach((listener) => listener(toHostTheme(theme))));
  void app.notifySuccess();
  return {
    context: {
      host: 'teams',
      surface,
      frame: ctx.page.frameContext ?? 'content',
      user: {
        id: ctx.user?.id ?? '',
        displayName: ctx.user?.displayName || ctx.user?.userPrincipalName || 'Teams user',
        userPrincipalName: ctx.user?.userPrincipalName ?? '',
      },
      theme: toHostTheme(ctx.app.theme),
      chatId: ctx.chat?.id,
      meetingId: ctx.meeting?.id,
      ...(ctx.page.subPageId ? { subPageId: ctx.page.subPageId } : {}),
    },
    onThemeChange: (listener) => listeners.add(listener),
  };
}
