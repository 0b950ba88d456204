// Sign-in inside Teams and Outlook: MSAL nested app authentication (the host brokers the token),
// silent first, a popup only when the user must act. Never a redirect: we live in an iframe.
import {
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { AuthConfig } from './auth-config';
import { toSignInError } from './sign-in-error';
import type { TokenSource } from './token-source';

/** The part of MSAL's client we use, so tests can stand in for it. */
export type MsalClient = Pick<IPublicClientApplication, 'acquireTokenSilent' | 'acquireTokenPopup' | 'getActiveAccount' | 'getAllAccounts' | 'setActiveAccount'>;

export function msalTokenSource(msal: MsalClient, scopes: readonly string[], loginHint?: string): TokenSource {
  const request = () => {
    const account: AccountInfo | undefined = msal.getActiveAccount() ?? msal.getAllAccounts()[0] ?? undefined;
    return { scopes: [...scopes], account, loginHint };
  };
  return {
    async getToken() {
      try {
        const result = await msal.acquireTokenSilent(request());
        return result.accessToken;
      } catch (silentError) {
        if (!(silentError instanceof InteractionRequiredAuthError) && !isInteractionRequired(silentError)) throw toSignInError(silentError);
      }
      try {
        const result = await msal.acquireTokenPopup({ scopes: [...scopes], loginHint });
        if (result.account) msal.setActiveAccount(result.account);
        return result.accessToken;
      } catch (popupError) {
        throw toSignInError(popupError);
      }
    },
  };
}

function isInteractionRequired(error: unknown): boolean {
  const code = (error as { errorCode?: string } | null)?.errorCode ?? '';
  return ['interaction_required', 'consent_required', 'login_required', 'no_account_error', 'no_tokens_found'].includes(code);
}

/** Creates the nestable MSAL client; call after teams-js `app.initialize()` or Office.onReady. */
export async function createNestedAppSignIn(config: AuthConfig, loginHint?: string): Promise<TokenSource> {
  try {
    const msal = await createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority },
      // Tokens live as long as the tab: never in localStorage.
      cache: { cacheLocation: 'sessionStorage' },
    });
    return msalTokenSource(msal, config.scopes, loginHint);
  } catch (error) {
    throw toSignInError(error);
  }
}
