/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { describeWait, ErrorState, toPortError } from './error-state';

describe('ErrorState', () => {
  it('tells a throttled person how long to wait, and retries on request', () => {
    const retry = jest.fn();
    render(<ErrorState error={{ code: 'throttled', message: 'Outlook is busy.', retryAfterMs: 30_000 }} onRetry={retry} />);
    expect(screen.getByTestId('error-state')).toHaveTextContent('Try again in about 30 seconds.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('rounds a wait sensibly and says nothing when no wait was asked', () => {
    expect(describeWait(0)).toBeUndefined();
    expect(describeWait(undefined)).toBeUndefined();
    expect(describeWait(400)).toBe('about a second');
    expect(describeWait(7_200)).toBe('about 7 seconds');
    expect(describeWait(37_000)).toBe('about 35 seconds');
    expect(describeWait(75_000)).toBe('about a minute');
    expect(describeWait(150_000)).toBe('about 3 minutes');
    expect(describeWait(7_000_000)).toBe('about 2 hours');
    render(<ErrorState error={{ code: 'throttled', message: 'Outlook is busy.', retryAfterMs: 0 }} />);
    expect(screen.getByTestId('error-state')).toHaveTextContent('Try again in a moment.');
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

describe('ErrorState advice', () => {
  it('does not repeat advice the message already gives', () => {
    render(<ErrorState error={{ code: 'unavailable', message: 'Microsoft 365 is not answering properly while reading the meeting chat (error 503). Try again in a moment.' }} />);
    expect(screen.getByTestId('error-state').textContent?.match(/Try again in a moment\./g)).toHaveLength(1);
  });

  it("adds the column only when the record's message does not already say who corrects it", () => {
    const { unmount } = render(
      <ErrorState error={{ code: 'invalid', field: 'TimeBoxMinutes', message: 'Session 1 has Time box (minutes) "50". Ask your program manager to correct it in Microsoft Lists.' }} />,
    );
    expect(screen.getByTestId('error-state')).not.toHaveTextContent('holds a value Micromentor cannot use');
    unmount();
    render(<ErrorState error={{ code: 'invalid', field: 'TimeBoxMinutes', message: 'This session cannot be read.' }} />);
    expect(screen.getByTestId('error-state')).toHaveTextContent('The column “TimeBoxMinutes” holds a value Micromentor cannot use');
  });
});
