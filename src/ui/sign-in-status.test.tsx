/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { SignInStatus } from './sign-in-status';

describe('SignInStatus', () => {
  it('shows progress, then who is connected', () => {
    const { rerender } = render(<SignInStatus state={{ kind: 'signing-in' }} onRetry={() => undefined} />);
    expect(screen.getByText('Signing in to Microsoft 365…')).toBeInTheDocument();
    rerender(<SignInStatus state={{ kind: 'signed-in', name: 'Priya Natarajan' }} onRetry={() => undefined} />);
    expect(screen.getByTestId('graph-status')).toHaveTextContent('Connected to Microsoft 365 as Priya Natarajan');
  });

  it('explains a failure with a way forward and a Sign in button that retries', () => {
    const retry = jest.fn();
    render(
      <SignInStatus
        state={{ kind: 'failed', title: 'Pop-up blocked', message: 'The sign-in window could not open.', action: 'Allow pop-ups for Teams, then select "Sign in" again.' }}
        onRetry={retry}
      />,
    );
    expect(screen.getByTestId('sign-in-problem')).toHaveTextContent('Allow pop-ups for Teams');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('keeps the message and the Sign in button while it tries again by itself, and says so', () => {
    const failed = { kind: 'failed', title: 'Microsoft 365 is not answering', message: 'Nothing you saved is lost.', action: 'Micromentor tries again by itself.' } as const;
    const { rerender } = render(<SignInStatus state={failed} onRetry={() => undefined} />);
    expect(screen.queryByText('Trying again…')).toBeNull();
    rerender(<SignInStatus state={{ ...failed, trying: true }} onRetry={() => undefined} />);
    expect(screen.getByTestId('sign-in-problem')).toHaveTextContent('Microsoft 365 is not answering');
    expect(screen.getByText('Trying again…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});
