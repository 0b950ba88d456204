import { SignInError } from '../auth/sign-in-error';
import { describeSignInFailure } from './graph-session';

describe('describeSignInFailure', () => {
  it('says that Microsoft 365 is not answering, that nothing is lost, and that it tries again by itself', () => {
    const said = describeSignInFailure(new SignInError('unavailable', 'People and sessions show again once it answers. Nothing you saved is lost.', 'error 503', 5000));
    expect(said).toEqual({
      title: 'Microsoft 365 is not answering',
      message: expect.stringContaining('Nothing you saved is lost.'),
      action: 'Micromentor tries again by itself while this page is open; select "Sign in" to try now.',
      transient: true,
      retryAfterMs: 5000,
    });
    expect(`${said.title} ${said.message}`).not.toMatch(/sign-in failed|signed in/i);
  });

  it('leaves what only the person can fix to them', () => {
    expect(describeSignInFailure(new SignInError('consent-required', 'Needs permission.')).transient).toBe(false);
    expect(describeSignInFailure({ errorCode: 'popup_window_error', message: 'x' })).toMatchObject({ title: 'Pop-up blocked', transient: false });
    expect(describeSignInFailure(new TypeError('Failed to fetch'))).toMatchObject({ title: 'Cannot reach Microsoft 365', transient: true });
  });
});
