// Sign-in started the moment the host has said who is signed in, outside React: the token is then
// asked for beside the first render of the shell rather than after it (the surface's first sign-in
// takes it; a retry signs in afresh).
import type { ConnectedGraph, GraphSession } from './graph-session';
import type { HostConnection } from './host-connection';

export interface EarlySignIn {
  /** Whose sign-in this is (userPrincipalName or id, as useGraphSession keys it). */
  readonly userKey: Promise<string>;
  /** Resolves once there is a token, with /me on its way. */
  readonly connected: Promise<ConnectedGraph>;
  /** Resolves once /me has answered. */
  readonly session: Promise<GraphSession>;
}

export function signInEarly(connection: Promise<HostConnection>): EarlySignIn {
  let onConnected!: (connected: ConnectedGraph) => void;
  const connected = new Promise<ConnectedGraph>((resolve) => (onConnected = resolve));
  const session = connection.then(({ context }) => import('./graph-session').then((m) => m.startGraphSession(context, onConnected)));
  // Failures are shown by the surface when it takes the sign-in (a host that never answered shows its own state).
  session.catch(() => undefined);
  const userKey = connection.then(({ context }) => context.user.userPrincipalName || context.user.id);
  userKey.catch(() => undefined);
  return { userKey, connected, session };
}
