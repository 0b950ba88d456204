// Why sign-in failed, in words a person can act on: never a blank panel.
export type SignInErrorCode = 'consent-required' | 'popup-blocked' | 'cancelled' | 'wrong-account' | 'not-supported' | 'offline' | 'unavailable' | 'unknown';

/** Failures that end by themselves (the network or Microsoft 365 comes back): the surface tries again on its own. */
const TRANSIENT: ReadonlySet<SignInErrorCode> = new Set(['offline', 'unavailable']);

const ACTIONS: Record<SignInErrorCode, string> = {
  'consent-required': 'Select "Sign in" and accept the permissions, or ask your administrator to approve Micromentor for your organisation.',
  'popup-blocked': 'Allow pop-ups for Teams or Outlook, then select "Sign in" again.',
  cancelled: 'Select "Sign in" to try again.',
  'wrong-account': 'Sign out of the other account in the pop-up and choose your work account, then select "Sign in" again.',
  'not-supported': 'Update Teams or Outlook, or open Micromentor in Teams on the web.',
  offline: 'Check your connection. Micromentor tries again by itself while this page is open; select "Sign in" to try now.',
  unavailable: 'Micromentor tries again by itself while this page is open; select "Sign in" to try now.',
  unknown: 'Select "Sign in" to try again. If it keeps failing, tell your program manager what the message says.',
};

export class SignInError extends Error {
  readonly action: string;
  constructor(
    readonly code: SignInErrorCode,
    message: string,
    readonly detail?: string,
    /** How long Microsoft 365 asked us to wait before trying again (Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.action = ACTIONS[code];
  }

  /** Whether trying again later, without the person doing anything, can succeed. */
  get transient(): boolean {
    return TRANSIENT.has(this.code);
  }
}

/** Maps an MSAL (or network) error to a SignInError; AADSTS codes name the common cases. */
export function toSignInError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  const e = (error ?? {}) as { errorCode?: string; message?: string; subError?: string; name?: string };
  const code = e.errorCode ?? '';
  const message = e.message ?? String(error);
  if (/AADSTS65001|consent_required|AADSTS90094|AADSTS90008/i.test(`${code} ${message}`)) {
    return new SignInError('consent-required', 'Micromentor needs your permission to read calendars and post to meeting chats.', message);
  }
  if (code === 'popup_window_error' || code === 'empty_window_error') {
    return new SignInError('popup-blocked', 'The sign-in window could not open; your browser may be blocking pop-ups.', message);
  }
  if (code === 'user_cancelled' || /AADSTS50058|user_cancelled|cancel/i.test(code)) {
    return new SignInError('cancelled', 'Sign-in was cancelled before it finished.', message);
  }
  if (/AADSTS50020|AADSTS700016|AADSTS50034|user_mismatch/i.test(`${code} ${message}`)) {
    return new SignInError('wrong-account', 'The account you chose is not one Micromentor can use in this organisation.', message);
  }
  if (code === 'no_network_connectivity' || /network|fetch failed|Failed to fetch/i.test(`${code} ${message}`)) {
    return new SignInError('offline', 'Micromentor could not reach the sign-in service.', message);
  }
  return new SignInError('unknown', 'Sign-in did not succeed.', message);
}
