// The Graph connection program set-up uses: the same sign-in, asked for one more permission,
// Sites.Manage.All, only when the program manager presses Set up the program (incremental consent:
// MSAL asks silently first and shows Microsoft's consent prompt only if it is not granted yet).
import { readAuthConfig } from '../auth/auth-config';
import { emulatorTokenSource } from '../auth/emulator-sign-in';
import type { HostContext } from '../domain/host-context';
import { createGraphClient, type GraphConnection } from '../graph/graph-client';
import { BUILD_ENV } from './build-env';

export const SITES_MANAGE = 'Sites.Manage.All';

export async function connectToManageSite(context: HostContext): Promise<GraphConnection> {
  const config = readAuthConfig(BUILD_ENV, window.location.origin);
  const user = context.user.userPrincipalName || context.user.id;
  if (config.mode === 'emulator') {
    const tokens = emulatorTokenSource({ origin: window.location.origin, user, scopes: ['Sites.ReadWrite.All', SITES_MANAGE] });
    await tokens.getToken();
    return createGraphClient({ baseUrl: config.graphBaseUrl, tokens });
  }
  const graphOrigin = new URL(config.graphBaseUrl).origin;
  const { createNestedAppSignIn } = await import('../auth/msal-sign-in');
  const tokens = await createNestedAppSignIn({ ...config, scopes: [...config.scopes, `${graphOrigin}/${SITES_MANAGE}`] }, user || undefined);
  await tokens.getToken();
  return createGraphClient({ baseUrl: config.graphBaseUrl, tokens });
}
