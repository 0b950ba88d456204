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
  unavailable: 'Microsoft 365 is not answering',
  unknown: 'Sign-in failed',
};

/** What went wrong, in one voice: a title, what it means, what to do; `transient` failures are tried again by the surface itself. */
export interface SignInFailure {
  title: string;
  message: string;
  action: string;
  transient: boolean;
  retryAfterMs?: number;
}

export function describeSignInFailure(error: unknown): SignInFailure {
  const failure = error instanceof SignInError ? error : toSignInError(error);
  return { title: TITLES[failure.code], message: failure.message, action: failure.action, transient: failure.transient, ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}) };
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
    throw meFailure(error);
  }
}

/** Sign-in itself worked (there is a token); Microsoft 365 did not give the profile. Said as that, not as a failed sign-in. */
function meFailure(error: unknown): SignInError {
  const gateway = error instanceof GatewayError ? error : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  if (gateway?.code === 'forbidden') {
    return new SignInError('consent-required', 'Microsoft 365 did not let Micromentor read your profile: it needs your permission.', detail);
  }
  const meanwhile = 'People and sessions show again once it answers. Nothing you saved is lost.';
  if (gateway?.code === 'offline' || !gateway) {
    return new SignInError('offline', `Micromentor could not reach Microsoft 365. ${meanwhile}`, detail);
  }
  return new SignInError('unavailable', meanwhile, detail, gateway.retryAfterMs);
}
