// Every Graph request the emulator answered, so tests can count round trips and concurrency.
export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  status: number;
  /** Set on the inner requests of a $batch: the batch's own sequence number. */
  batchId?: number;
  /** Monotonic milliseconds since the emulator started. */
  startedMs: number;
  endedMs: number;
  /** Calendar (Outlook) requests of the same mailbox in flight when this one started, itself included. */
  calendarInFlight?: number;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;
  private readonly limit: number;

  constructor(limit = 50_000) {
    this.limit = limit;
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(): LoggedRequest[] {
    return this.entries.slice();
  }

  clear(): void {
    this.entries = [];
  }
}
