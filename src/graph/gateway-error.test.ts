import { batchAnswerError, GatewayError, retryAfterMs, toGatewayError } from './gateway-error';
import { retryDelayMs, safeToRepeat, DEFAULT_RETRY_POLICY } from './retry-policy';

const graphError = (statusCode: number, headers: Record<string, string> = {}, code = 'X') => ({ statusCode, code, message: 'm', headers: new Headers(headers) });

describe('toGatewayError', () => {
  it.each([
    [429, 'throttled'],
    [401, 'forbidden'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [412, 'conflict'],
    [400, 'invalid'],
    [500, 'unavailable'],
    [503, 'unavailable'],
    [504, 'unavailable'],
  ])('maps HTTP %i to %s with a sentence naming what was being done', (status, code) => {
    const error = toGatewayError(graphError(status), 'saving the session');
    expect(error).toBeInstanceOf(GatewayError);
    expect(error.code).toBe(code);
    expect(error.message).toContain('saving the session');
  });

  it('reads Retry-After into the error and the sentence', () => {
    const error = toGatewayError(graphError(429, { 'Retry-After': '12' }), 'posting to the meeting chat');
    expect(error.retryAfterMs).toBe(12_000);
    expect(error.message).toContain('Try again in 12 seconds');
  });

  it('treats a request that never got an answer as offline', () => {
    expect(toGatewayError(new TypeError('fetch failed'), 'reading calendars').code).toBe('offline');
    expect(toGatewayError({ statusCode: -1 }, 'reading calendars').code).toBe('offline');
  });
});

describe('batchAnswerError', () => {
  it('maps a failed $batch answer as the same call on its own, Retry-After in any spelling', () => {
    const throttled = batchAnswerError({ id: '1', status: 429, headers: { 'Retry-After': '7' } }, 'checking the time is still free');
    expect(throttled.code).toBe('throttled');
    expect(throttled.retryAfterMs).toBe(7_000);
    expect(throttled.message).toContain('Try again in 7 seconds');
    const refused = batchAnswerError({ id: '2', status: 403, body: { error: { code: 'accessDenied', message: 'no' } } }, "counting mentors' sessions");
    expect(refused.code).toBe('forbidden');
    expect(refused.graphCode).toBe('accessDenied');
    expect(refused.message).toContain("counting mentors' sessions");
  });
});

describe('retry policy', () => {
  it('never repeats a POST that Graph cannot de-duplicate', () => {
    expect(safeToRepeat('POST', 'https://graph.microsoft.com/v1.0/chats/19:x/messages')).toBe(false);
    expect(safeToRepeat('POST', 'https://graph.microsoft.com/v1.0/me/sendMail')).toBe(false);
    expect(safeToRepeat('POST', 'https://graph.microsoft.com/v1.0/sites/s/lists/Sessions/items')).toBe(false);
    expect(safeToRepeat('POST', 'https://graph.microsoft.com/v1.0/me/events')).toBe(true); // transactionId
    expect(safeToRepeat('POST', 'https://graph.microsoft.com/v1.0/chats/19:x/pinnedMessages')).toBe(true); // 409 when done
    expect(safeToRepeat('PATCH', 'https://graph.microsoft.com/v1.0/sites/s/lists/l/items/1/fields')).toBe(true); // If-Match
  });

  it('waits as Graph asks, backs off otherwise, and never too long', () => {
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, 5000)).toBe(5000);
    expect([1, 2, 3].map((n) => retryDelayMs(DEFAULT_RETRY_POLICY, n, undefined))).toEqual([1000, 2000, 4000]);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, 600_000)).toBe(30_000);
    expect(retryAfterMs('not a number or date')).toBeUndefined();
  });
});
