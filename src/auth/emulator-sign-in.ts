// Workbench sign-in: the emulator issues a development token for a demo persona.
import { SignInError } from './sign-in-error';
import type { TokenSource } from './token-source';

export interface EmulatorSignInOptions {
  /** Origin that serves `/_emulator/token`, e.g. http://localhost:3000 */
  origin: string;
  /** mentee | mentor | manager, or a userPrincipalName */
  user: string;
  fetch?: typeof fetch;
  /** The clock, for the token's expiry. */
  now?: () => number;
  /** Permissions to ask for (program set-up asks for Sites.Manage.All); without them the emulator issues a development token. */
  scopes?: readonly string[];
}

const REFRESH_MARGIN_MS = 60_000;

export function emulatorTokenSource(options: EmulatorSignInOptions): TokenSource {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const signIn = async (): Promise<string> => {
    let res: Response;
    try {
      res = await doFetch(`${options.origin}/_emulator/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: options.user, ...(options.scopes ? { scopes: options.scopes } : {}) }),
      });
    } catch (error) {
      throw new SignInError('offline', 'The local Graph emulator did not answer. Is npm start still running?', String(error));
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
      throw new SignInError('wrong-account', body.error?.message ?? `The emulator refused to sign in ${options.user}.`);
    }
    const body = (await res.json()) as { access_token: string; expires_in: number };
    cached = { token: body.access_token, expiresAt: now() + body.expires_in * 1000 };
    return body.access_token;
  };

  return {
    async getToken() {
      if (cached && cached.expiresAt - REFRESH_MARGIN_MS > now()) return cached.token;
      // One sign-in at a time: parallel Graph calls share it.
      pending ??= signIn().finally(() => (pending = undefined));
      return pending;
    },
  };
}
