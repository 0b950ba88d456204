import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PortError } from './tab-ports';

const TITLES: Record<PortError['code'], string> = {
  throttled: 'Microsoft 365 asked us to slow down',
  forbidden: 'Permission missing',
  'not-found': 'Not found',
  conflict: 'Someone else changed this',
  offline: 'You are offline',
  invalid: 'A record cannot be used',
  unavailable: 'Microsoft 365 is not answering',
};

/**
 * How long to wait, in words ("about 30 seconds", "about 2 minutes"), or undefined when no wait was
 * asked (a Retry-After of 0 means "now"; saying "about 1 second" for it would be untrue).
 */
export function describeWait(ms: number | undefined): string | undefined {
  if (ms === undefined || !Number.isFinite(ms) || ms <= 0) return undefined;
  const seconds = Math.round(ms / 1000);
  if (seconds <= 1) return 'about a second';
  // Under 10 seconds the number matters; above, a round one reads better and is as true.
  if (seconds < 10) return `about ${seconds} seconds`;
  if (seconds < 55) return `about ${Math.round(seconds / 5) * 5} seconds`;
  const minutes = Math.round(seconds / 60);
  if (minutes <= 1) return 'about a minute';
  if (minutes < 60) return `about ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? 'about an hour' : `about ${hours} hours`;
}

/** What to do next, by kind of failure (the message itself says what happened). */
function advice(error: PortError): string | undefined {
  switch (error.code) {
    case 'throttled': {
      const wait = describeWait(error.retryAfterMs);
      return wait ? `Try again in ${wait}.` : 'Try again in a moment.';
    }
    case 'forbidden':
      return 'Your Microsoft 365 administrator can grant the permission Micromentor asks for.';
    case 'offline':
      return 'Check your connection, then try again.';
    case 'invalid':
      return error.field ? `The column “${error.field}” holds a value Micromentor cannot use; the program manager can correct it in Microsoft Lists.` : undefined;
    case 'unavailable':
      return 'Try again in a moment.';
    default:
      return undefined;
  }
}

/** The advice, unless the message already gives it (gateway sentences often end with what to do). */
function adviceNotYetSaid(error: PortError): string | undefined {
  const next = advice(error);
  if (!next || error.message.includes(next)) return undefined;
  // A record's message already names who corrects it, and where.
  if (error.code === 'invalid' && /Microsoft Lists/.test(error.message)) return undefined;
  return next;
}

export interface ErrorStateProps {
  error: PortError;
  onRetry?: () => void;
}

/** A failure in words a person can act on, with Retry when there is something to retry. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const next = adviceNotYetSaid(error);
  return (
    <MessageBar intent={error.code === 'throttled' || error.code === 'offline' ? 'warning' : 'error'} layout="multiline" data-testid="error-state" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{TITLES[error.code] ?? 'Something went wrong'}</MessageBarTitle>
        {error.message}
        {next ? ` ${next}` : ''}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

/** Any thrown value as a PortError (ports should reject with one; anything else is unavailable). */
export function toPortError(error: unknown): PortError {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    const e = error as PortError;
    const known: PortError['code'][] = ['throttled', 'forbidden', 'not-found', 'conflict', 'offline', 'invalid', 'unavailable'];
    if (known.includes(e.code)) return { code: e.code, message: e.message, retryAfterMs: e.retryAfterMs, field: e.field };
  }
  return { code: 'unavailable', message: error instanceof Error ? error.message : 'Something went wrong.' };
}
