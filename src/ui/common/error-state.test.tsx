/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorState, toPortError } from './error-state';

describe('ErrorState', () => {
  it('tells a throttled person how long to wait, and retries on request', () => {
    const retry = jest.fn();
    render(<ErrorState error={{ code: 'throttled', message: 'Outlook is busy.', retryAfterMs: 30_000 }} onRetry={retry} />);
    expect(screen.getByTestId('error-state')).toHaveTextContent('Try again in about 30 seconds.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('says who can grant a missing permission and names a bad field', () => {
    const { rerender } = render(<ErrorState error={{ code: 'forbidden', message: 'Micromentor may not read calendars (Calendars.ReadBasic).' }} />);
    expect(screen.getByTestId('error-state')).toHaveTextContent('administrator can grant');
    rerender(<ErrorState error={{ code: 'invalid', message: 'Mentor 12 has a bad value.', field: 'CapacityPerWeek' }} />);
    expect(screen.getByTestId('error-state')).toHaveTextContent('CapacityPerWeek');
  });

  it('treats anything thrown that is not a port error as unavailable', () => {
    expect(toPortError(new Error('boom'))).toEqual({ code: 'unavailable', message: 'boom' });
  });
});
