// The compose-item port over the workbench's MessagePort: each call is a request with an id, and the
// workbench's compose form answers it (workbench/src/compose-store.ts). Errors arrive as ComposeError.
import type { ComposeError, ComposeErrorCode, ComposeItemPort, ComposeKind, ComposeRecipient } from '../../ui/common/compose-ports';
import type { ComposeAnswer, ComposeFailure, ComposeMethod, ComposeRequest } from '../../domain/outlook-port';

const CODES: readonly ComposeErrorCode[] = ['unsupported', 'too-large', 'wrong-item', 'failed'];
/** A workbench that stopped answering (its page reloaded) must not leave the pane waiting forever. */
export const ANSWER_TIMEOUT_MS = 10_000;

function toComposeError(failure: ComposeFailure): ComposeError {
  const code = CODES.find((c) => c === failure.code) ?? 'failed';
  return { code, message: failure.message, ...(failure.officeCode !== undefined ? { officeCode: failure.officeCode } : {}) };
}

export class WorkbenchComposeItem implements ComposeItemPort {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: ComposeError) => void; timer: ReturnType<typeof setTimeout> }>();

  constructor(
    readonly kind: ComposeKind,
    private readonly post: (request: ComposeRequest) => void,
    private readonly timeoutMs = ANSWER_TIMEOUT_MS,
  ) {}

  /** Hands an answer from the port to the call waiting for it; unknown ids are ignored. */
  receive(answer: ComposeAnswer): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    clearTimeout(waiting.timer);
    if (answer.ok) waiting.resolve(answer.value);
    else waiting.reject(toComposeError(answer.error));
  }

  getBody(): Promise<string> {
    return this.call('getBody', []).then(String);
  }
  prependToBody(html: string): Promise<void> {
    return this.call('prependToBody', [html]).then(() => undefined);
  }
  setBody(html: string): Promise<void> {
    return this.call('setBody', [html]).then(() => undefined);
  }
  insertAtCursor(html: string): Promise<void> {
    return this.call('insertAtCursor', [html]).then(() => undefined);
  }
  setSubject(subject: string): Promise<void> {
    return this.call('setSubject', [subject]).then(() => undefined);
  }
  addRecipient(person: ComposeRecipient): Promise<void> {
    return this.call('addRecipient', [{ displayName: person.displayName, email: person.email }]).then(() => undefined);
  }
  setTimes(start: number, end: number): Promise<void> {
    return this.call('setTimes', [start, end]).then(() => undefined);
  }
  isOnlineMeeting(): Promise<boolean | undefined> {
    return this.call('isOnlineMeeting', []).then((value) => (typeof value === 'boolean' ? value : undefined));
  }
  saveAndGetItemId(): Promise<string> {
    return this.call('saveAndGetItemId', []).then(String);
  }

  private call(method: ComposeMethod, args: unknown[]): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject({ code: 'failed', message: 'The workbench did not answer. Reload the workbench page and try again.' } satisfies ComposeError);
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        this.post({ type: 'compose-request', id, method, args });
      } catch (error) {
        this.pending.delete(id);
        clearTimeout(timer);
        reject({ code: 'failed', message: `Could not reach the workbench's compose form (${error instanceof Error ? error.message : String(error)}).` } satisfies ComposeError);
      }
    });
  }
}
