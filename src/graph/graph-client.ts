// The Graph client every operation uses: the real @microsoft/microsoft-graph-client with our own
// middleware for the token (the client only sends tokens to https Graph hosts, and the local
// emulator is http) and for retries (bounded, Retry-After honoured, never repeating a create that
// Graph cannot de-duplicate).
import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { retryAfterMs } from './gateway-error';
import { DEFAULT_RETRY_POLICY, RETRYABLE_STATUS, retryDelayMs, safeToRepeat, type RetryPolicy } from './retry-policy';

export interface TokenSource {
  getToken(): Promise<string>;
}

export interface GraphConnection {
  client: Client;
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  /**
   * Microsoft 365's clock minus this device's, in ms, from the `Date` headers of Graph's answers
   * (0 until one was read, or where the header is not exposed). Two devices whose clocks differ
   * count a shared time box from the same instant by adding it to Date.now().
   */
  clockOffsetMs?: () => number;
}

export interface GraphClientOptions {
  /** Graph's root including the version, e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  tokens: TokenSource;
  retry?: Partial<RetryPolicy>;
}

class BearerTokenMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly tokens: TokenSource) {}
  async execute(context: Context): Promise<void> {
    const token = await this.tokens.getToken();
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${token}`);
    options.headers = Object.fromEntries(headers.entries());
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

class RetryMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly policy: RetryPolicy) {}
  async execute(context: Context): Promise<void> {
    const method = context.options?.method ?? 'GET';
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const repeatable = safeToRepeat(method, url);
    for (let attempt = 1; ; attempt++) {
      await this.next!.execute(context);
      const response = context.response;
      if (!response || !RETRYABLE_STATUS.has(response.status) || !repeatable || attempt > this.policy.maxRetries) return;
      const wait = retryDelayMs(this.policy, attempt, retryAfterMs(response.headers.get('retry-after')));
      await this.policy.sleep(wait);
    }
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * The server clock from the `Date` header. The header has whole seconds, so one answer says only
 * that the offset lies in [date - receivedAt, date + 1000 - sentAt]; the intersection of those
 * ranges over many answers narrows it to well under a second. A range that does not meet the
 * others (this device's clock was changed) starts the estimate again.
 */
export class ServerClock {
  private low = -Infinity;
  private high = Infinity;

  constructor(private readonly localNow: () => number = Date.now) {}

  /** Records one answer: its `Date` header, and the local clock when the request left and the answer came. */
  observe(dateHeader: string | null | undefined, sentAt: number, receivedAt: number): void {
    const date = dateHeader ? Date.parse(dateHeader) : NaN;
    if (!Number.isFinite(date) || receivedAt < sentAt) return;
    const low = date - receivedAt;
    const high = date + 1000 - sentAt;
    if (low > this.high || high < this.low) {
      this.low = low;
      this.high = high;
    } else {
      this.low = Math.max(this.low, low);
      this.high = Math.min(this.high, high);
    }
  }

  offsetMs(): number {
    return Number.isFinite(this.low) ? Math.round((this.low + this.high) / 2) : 0;
  }

  now(): number {
    return this.localNow() + this.offsetMs();
  }

}

class ServerClockMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly clock: ServerClock, private readonly localNow: () => number = Date.now) {}
  async execute(context: Context): Promise<void> {
    const sentAt = this.localNow();
    await this.next!.execute(context);
    this.clock.observe(context.response?.headers.get('date'), sentAt, this.localNow());
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function createGraphClient(options: GraphClientOptions): GraphConnection {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const auth = new BearerTokenMiddleware(options.tokens);
  const retry = new RetryMiddleware(policy);
  const clock = new ServerClock();
  const clockMiddleware = new ServerClockMiddleware(clock);
  auth.setNext(retry);
  // Inside the retries, so each try's own send and receive times bound its Date.
  retry.setNext(clockMiddleware);
  clockMiddleware.setNext(new HTTPMessageHandler());
  const match = /^(https?:\/\/[^/]+)\/(v1\.0|beta)\/?$/i.exec(options.baseUrl.trim());
  if (!match) throw new Error(`The Graph base URL must look like https://graph.microsoft.com/v1.0, not "${options.baseUrl}".`);
  const client = Client.initWithMiddleware({ middleware: auth, baseUrl: `${match[1]}/`, defaultVersion: match[2] });
  return { client, baseUrl: `${match[1]}/${match[2]}`, clockOffsetMs: () => clock.offsetMs() };
}

/**
 * An @odata.nextLink as a path the client can call: the client treats only https links as
 * absolute, and the emulator is http.
 */
export function nextLinkPath(nextLink: string): string {
  return nextLink.replace(/^https?:\/\/[^/]+\/(v1\.0|beta)/i, '');
}
