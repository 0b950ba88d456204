// Loaded after first paint (import()): sign-in and the Graph client are not needed to draw a
// surface, and MSAL is the heaviest thing we ship.
import { readAuthConfig } from '../auth/auth-config';
import { emulatorTokenSource } from '../auth/emulator-sign-in';
import { SignInError, toSignInError } from '../auth/sign-in-error';
import type { HostContext } from '../domain/host-context';
import { GatewayError } from '../graph/gateway-error';
import { createGraphClient, type GraphConnection } from '../graph/graph-client';
import { readMe, type Me } from '../graph/me';
import { BUILD_ENV } from './build-env';

export interface GraphSession {
  graph: GraphConnection;
  me: Me;
}

/** The connection as soon as there is a token, with /me still on its way (surfaces start reading beside it). */
export interface ConnectedGraph {
  graph: GraphConnection;
  me: Promise<Me>;
}

const TITLES: Record<SignInError['code'], string> = {
  'consent-required': 'Permission needed',
  'popup-blocked': 'Pop-up blocked',
  cancelled: 'Sign-in cancelled',
  'wrong-account': 'Wrong account',
  'not-supported': 'Sign-in not supported here',
  offline: 'Cannot reach Microsoft 365',
  unknown: 'Sign-in failed',
};

export function describeSignInFailure(error: unknown): { title: string; message: string; action: string } {
  const failure = error instanceof SignInError ? error : toSignInError(error);
  return { title: TITLES[failure.code], message: failure.message, action: failure.action };
}

/** Outlook brokers tokens for nested apps only from requirement set NestedAppAuth 1.1 on. */
function outlookSupportsNestedAppAuth(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') === true;
}

export async function startGraphSession(context: HostContext, onConnected?: (connected: ConnectedGraph) => void): Promise<GraphSession> {
  const config = readAuthConfig(BUILD_ENV, window.location.origin);
  if (config.mode === 'tenant' && context.host === 'outlook' && !outlookSupportsNestedAppAuth()) {
    throw new SignInError('not-supported', 'This version of Outlook cannot sign Micromentor in (it lacks nested app authentication).');
  }
  const tokens =
    config.mode === 'emulator'
      ? emulatorTokenSource({ origin: window.location.origin, user: context.user.userPrincipalName || context.user.id })
      : // MSAL (the heaviest thing we ship) downloads only where it signs in: not against the emulator.
        await import('../auth/msal-sign-in').then(({ createNestedAppSignIn }) => createNestedAppSignIn(config, context.user.userPrincipalName || undefined));
  // Sign in first, on its own: inside the Graph client a sign-in failure would lose its reason.
  await tokens.getToken();
  const graph = createGraphClient({ baseUrl: config.graphBaseUrl, tokens });
  const me = readMe(graph);
  me.catch(() => undefined); // its failure is reported below, as sign-in's
  onConnected?.({ graph, me });
  try {
    return { graph, me: await me };
  } catch (error) {
    const code = error instanceof GatewayError ? error.code : undefined;
    throw new SignInError(
      code === 'offline' ? 'offline' : code === 'forbidden' ? 'consent-required' : 'unknown',
      'Signed in, but Microsoft 365 did not answer as expected.',
      error instanceof Error ? error.message : String(error),
    );
  }
}
