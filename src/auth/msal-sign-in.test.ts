/** @jest-environment jsdom */
import { InteractionRequiredAuthError, type AuthenticationResult } from '@azure/msal-browser';
import { msalTokenSource, type MsalClient } from './msal-sign-in';
import { SignInError } from './sign-in-error';

const result = (token: string) => ({ accessToken: token, account: { homeAccountId: 'h', environment: 'e', tenantId: 't', username: 'priya@contoso.example', localAccountId: 'l' } }) as AuthenticationResult;

function fakeMsal(overrides: Partial<Record<keyof MsalClient, jest.Mock>>) {
  const msal = {
    acquireTokenSilent: jest.fn(),
    acquireTokenPopup: jest.fn(),
    getActiveAccount: jest.fn(() => null),
    getAllAccounts: jest.fn(() => []),
    setActiveAccount: jest.fn(),
    ...overrides,
  };
  return msal as unknown as MsalClient & typeof msal;
}

describe('msalTokenSource', () => {
  it('gets a token silently when it can, without a popup', async () => {
    const msal = fakeMsal({ acquireTokenSilent: jest.fn(async () => result('silent-token')) });
    await expect(msalTokenSource(msal, ['User.Read']).getToken()).resolves.toBe('silent-token');
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('opens a popup when interaction is required, and remembers the account', async () => {
    const msal = fakeMsal({
      acquireTokenSilent: jest.fn(async () => {
        throw new InteractionRequiredAuthError('interaction_required', 'Interaction required');
      }),
      acquireTokenPopup: jest.fn(async () => result('popup-token')),
    });
    await expect(msalTokenSource(msal, ['User.Read']).getToken()).resolves.toBe('popup-token');
    expect(msal.setActiveAccount).toHaveBeenCalled();
  });

  it('explains a blocked popup and a missing consent in words a person can act on', async () => {
    const needsInteraction = jest.fn(async () => {
      throw new InteractionRequiredAuthError('consent_required', 'Consent required');
    });
    const blocked = fakeMsal({ acquireTokenSilent: needsInteraction, acquireTokenPopup: jest.fn(async () => Promise.reject(Object.assign(new Error('popup'), { errorCode: 'popup_window_error' }))) });
    const error = (await msalTokenSource(blocked, ['User.Read']).getToken().catch((e: unknown) => e)) as SignInError;
    expect(error).toBeInstanceOf(SignInError);
    expect(error.code).toBe('popup-blocked');
    expect(error.action).toMatch(/Allow pop-ups/);

    const noConsent = fakeMsal({
      acquireTokenSilent: needsInteraction,
      acquireTokenPopup: jest.fn(async () => Promise.reject(Object.assign(new Error('AADSTS65001: The user or administrator has not consented'), { errorCode: 'invalid_grant' }))),
    });
    await expect(msalTokenSource(noConsent, ['User.Read']).getToken()).rejects.toMatchObject({ code: 'consent-required' });
  });

  it('does not open a popup for a failure interaction cannot fix', async () => {
    const msal = fakeMsal({ acquireTokenSilent: jest.fn(async () => Promise.reject(Object.assign(new Error('Failed to fetch'), { errorCode: 'no_network_connectivity' }))) });
    await expect(msalTokenSource(msal, ['User.Read']).getToken()).rejects.toMatchObject({ code: 'offline' });
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
  });
});
