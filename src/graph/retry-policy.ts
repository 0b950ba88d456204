// When to try a Graph request again, and how long to wait. Graph asks clients to honour Retry-After
// on 429 and 503; a bounded number of tries keeps a broken service from hanging the UI.
export interface RetryPolicy {
  maxRetries: number;
  /** First backoff when Graph gives no Retry-After; doubles each time. */
  baseDelayMs: number;
  /** Never wait longer than this for one retry, whatever Retry-After says. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export const RETRYABLE_STATUS = new Set([429, 503, 504]);

/**
 * POSTs that create something Graph cannot de-duplicate: a retry after a lost response would make
 * a second copy, so the operation itself checks what exists before trying again. (Pinning is safe:
 * pinning a pinned message is a 409, which the pin operation takes as done.)
 */
const NOT_SAFE_TO_REPEAT = [/\/chats\/[^/]+\/messages$/i, /\/channels\/[^/]+\/messages$/i, /\/sendMail$/i, /\/lists\/[^/]+\/items$/i];

export function safeToRepeat(method: string, url: string): boolean {
  if (method.toUpperCase() !== 'POST') return true;
  const path = url.replace(/[?#].*$/, '');
  return !NOT_SAFE_TO_REPEAT.some((pattern) => pattern.test(path));
}

/** How long to wait before retry number `attempt` (1-based). */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfter: number | undefined): number {
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, retryAfter ?? backoff);
}
