// Outlook's MailboxConcurrency limit: an app may have 4 calendar requests in flight per mailbox; the
// fifth is refused with 429 and Retry-After. A $batch holds as many as it runs at once (at most 4).
import { MAX_BATCH_REQUESTS, innerTarget, isBatchRequest, isCalendarPath } from './batch';
import { graphError } from './graph-error';
import type { EmuResponse } from './http-types';

const MAILBOX_CONCURRENCY = 4;

export class MailboxThrottle {
  private readonly inFlight = new Map<string, number>();

  /** How many Outlook requests an HTTP request holds in flight for its mailbox. */
  weight(pathname: string, method: string, body: unknown): number {
    if (isBatchRequest(method, pathname)) {
      const requests = (body as { requests?: unknown } | undefined)?.requests;
      if (!Array.isArray(requests)) return 0;
      const calendar = requests
        .slice(0, MAX_BATCH_REQUESTS)
        .filter((r: { url?: unknown } | null) => typeof r?.url === 'string' && isCalendarPath(innerTarget(r.url).path)).length;
      return Math.min(calendar, MAILBOX_CONCURRENCY);
    }
    return isCalendarPath(pathname) ? 1 : 0;
  }

  /** Counts the request in; returns how many are now in flight for the mailbox, itself included. */
  enter(mailbox: string, weight: number): number {
    if (weight === 0) return 0;
    const next = (this.inFlight.get(mailbox) ?? 0) + weight;
    this.inFlight.set(mailbox, next);
    return next;
  }

  leave(mailbox: string, weight: number): void {
    if (weight === 0) return;
    this.inFlight.set(mailbox, (this.inFlight.get(mailbox) ?? weight) - weight);
  }

  /** Outlook's answer when `inFlight` passes the limit, or undefined. */
  refusal(inFlight: number): EmuResponse | undefined {
    if (inFlight <= MAILBOX_CONCURRENCY) return undefined;
    return graphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'retry-after': '1' });
  }
}
