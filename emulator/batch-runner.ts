// Serves POST /v1.0/$batch: each inner request gets its own fault check, dispatch and log entry,
// as Graph throttles and answers each on its own.
import { performance } from 'node:perf_hooks';
import { innerTarget, isBatchPath, parseBatch, runBatch } from './batch';
import { faultResponse, type FaultBook } from './faults';
import { GraphFault, graphError } from './graph-error';
import type { EmuRequest, EmuResponse, UserRow } from './http-types';
import type { RequestLog } from './request-log';
import { unsupportedMediaType } from './request-limits';
import { rewriteMe } from './router';

export interface BatchDeps {
  faults: FaultBook;
  log: RequestLog;
  dispatch: (req: EmuRequest, user: UserRow, baseUrl: string) => Promise<EmuResponse>;
}

export async function serveBatch(body: unknown, user: UserRow, baseUrl: string, batchSeq: number, deps: BatchDeps): Promise<EmuResponse> {
  let requests;
  try {
    requests = parseBatch(body);
  } catch (error) {
    if (error instanceof GraphFault) return error.toResponse();
    throw error;
  }
  const responses = await runBatch(requests, async (inner, calendarInFlight) => {
    const { path, query } = innerTarget(inner.url);
    const started = performance.now();
    const seq = deps.log.nextSeq();
    const headers = inner.headers ?? {};
    let response: EmuResponse;
    const fault = deps.faults.take(inner.method, path);
    if (fault && !fault.afterCommit) {
      response = await faultResponse({ ...fault, dropConnection: false });
    } else if (isBatchPath(path)) {
      response = graphError(400, 'BadRequest', 'A $batch request may not contain another $batch.');
    } else {
      response =
        unsupportedMediaType(headers['content-type'], inner.body !== undefined) ??
        (await deps.dispatch(
          { method: inner.method, path: rewriteMe(path, user.id), originalPath: path, query, headers, body: inner.body, batchId: String(batchSeq) },
          user,
          baseUrl,
        ));
      if (fault) response = await faultResponse({ ...fault, dropConnection: false });
    }
    deps.log.add({
      seq,
      method: inner.method,
      path,
      status: response.status,
      batchId: batchSeq,
      startedMs: started,
      endedMs: performance.now(),
      ...(calendarInFlight !== undefined ? { calendarInFlight } : {}),
    });
    return response;
  });
  return { status: 200, body: { responses } };
}
