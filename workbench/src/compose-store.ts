// The workbench's compose form as data: what the Outlook surface asks through its port (requests
// over the welcome's MessagePort) and what the person types both change it, and Send saves it to the
// emulator as Outlook would. One store per compose item; "New meeting" starts another.
//
// Item ids: Outlook saves a new meeting into the organizer's calendar, so saveAndGetItemId creates
// the event (POST /me/events with a transactionId, so saving again answers the same event) and
// returns its Graph id; Send then updates that same event, or creates it if it was never saved.
// The emulator has no drafts: a saved meeting is in the attendees' calendars at once.
import type { ComposeAnswer, ComposeFailure, ComposeRequest, OutlookItemType } from '../../src/domain/outlook-port';

/** A person in To or the attendees (the port's ComposeRecipient; the workbench imports only domain). */
export interface Recipient {
  displayName: string;
  email: string;
}

/** Office.js limits (platform-facts §7): subject ≤ 255 characters, body ≤ 1,000,000. */
export const SUBJECT_MAX = 255;
export const BODY_MAX = 1_000_000;
const SLOT_MS = 30 * 60_000;

export interface ComposeFields {
  /** Attendees (appointment) or To (message): "Name <address>" or an address, separated by ";". */
  to: string;
  subject: string;
  start: number;
  end: number;
  /** HTML. */
  body: string;
  /** The Teams meeting toggle (appointments). */
  online: boolean;
}

export type ComposeField = keyof ComposeFields;

export type ComposeStatus =
  | { phase: 'editing' }
  | { phase: 'working'; what: 'Saving' | 'Sending' }
  | { phase: 'sent' }
  | { phase: 'failed'; message: string; field?: ComposeField };

export interface ComposeSnapshot {
  kind: OutlookItemType;
  fields: ComposeFields;
  status: ComposeStatus;
  /** The event's Graph id once saved or sent. */
  eventId?: string;
  joinUrl?: string;
}

/** What the store needs of Graph: one call as the signed-in persona (workbench/src/persona-graph.ts). */
export interface ComposeGraph {
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

interface GraphEventAnswer {
  id: string;
  body?: { content?: string };
  onlineMeeting?: { joinUrl?: string } | null;
}

class Refusal extends Error {
  constructor(readonly failure: ComposeFailure) {
    super(failure.message);
  }
}

const refuse = (code: string, message: string): never => {
  throw new Refusal({ code, message });
};

const ADDRESS = /^[^\s@<>;,]+@[^\s@<>;,]+\.[^\s@<>;,]+$/;

/** The recipients in the To/attendees text; a part that is not an address is reported by the caller. */
export function parseRecipients(text: string): { recipients: Recipient[]; invalid: string[] } {
  const recipients: Recipient[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[;,]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const named = /^(.*?)\s*<([^>]+)>$/.exec(part);
    const email = (named ? named[2]! : part).trim();
    if (!ADDRESS.test(email)) invalid.push(part);
    else recipients.push({ displayName: (named?.[1] ?? '').replace(/^"|"$/g, '').trim() || email, email });
  }
  return { recipients, invalid };
}

function formatRecipient(person: Recipient): string {
  return person.displayName && person.displayName !== person.email ? `${person.displayName.replace(/[<>;,]/g, ' ').trim()} <${person.email}>` : person.email;
}

/** Inner HTML of a whole document's <body>, as the compose form shows an Outlook body. */
function innerBody(html: string): string {
  return (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html).trim();
}

/** Graph's dateTimeTimeZone in UTC, so no zone conversion can drift. */
function utc(ms: number): { dateTime: string; timeZone: string } {
  return { dateTime: new Date(ms).toISOString().replace('Z', ''), timeZone: 'UTC' };
}

export class ComposeStore {
  private snapshot: ComposeSnapshot;
  private readonly listeners = new Set<() => void>();
  /** Where insertAtCursor puts HTML: the body textarea's caret, else the end. */
  private cursor: number | undefined;
  /** Port calls and Send run one at a time, in order, as Office.js queues a pane's calls. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    kind: OutlookItemType,
    private readonly graph: ComposeGraph,
    now: number,
    /** Makes a repeated save answer the same event (Graph's transactionId). */
    private readonly transactionId: string,
  ) {
    // Outlook proposes the next half hour for a new meeting.
    const start = Math.ceil(now / SLOT_MS) * SLOT_MS;
    this.snapshot = { kind, fields: { to: '', subject: '', start, end: start + SLOT_MS, body: '', online: false }, status: { phase: 'editing' } };
  }

  readonly getSnapshot = (): ComposeSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A person's edit in the form. */
  edit(patch: Partial<ComposeFields>): void {
    if (this.snapshot.status.phase === 'sent') return;
    this.set({ fields: { ...this.snapshot.fields, ...patch }, status: { phase: 'editing' } });
  }

  setCursor(position: number | undefined): void {
    this.cursor = position;
  }

  /** Answers one request from the surface's port; never rejects. */
  answer(request: ComposeRequest): Promise<ComposeAnswer> {
    return this.serially(async () => {
      try {
        return { type: 'compose-answer', id: request.id, ok: true, value: await this.perform(request) };
      } catch (error) {
        const failure: ComposeFailure = error instanceof Refusal ? error.failure : { code: 'failed', message: error instanceof Error ? error.message : String(error) };
        return { type: 'compose-answer', id: request.id, ok: false, error: failure };
      }
    });
  }

  /** The form's Send button. Problems show on the form (at their field where there is one). */
  send(): Promise<void> {
    return this.serially(async () => {
      if (this.snapshot.status.phase === 'sent') return;
      try {
        this.set({ status: { phase: 'working', what: 'Sending' } });
        if (this.snapshot.kind === 'appointment') await this.saveEvent();
        else await this.sendMail();
        this.set({ status: { phase: 'sent' } });
      } catch (error) {
        const field = error instanceof Refusal ? (error.failure as ComposeFailure & { field?: ComposeField }).field : undefined;
        this.set({ status: { phase: 'failed', message: error instanceof Error ? error.message : String(error), ...(field ? { field } : {}) } });
      }
    });
  }

  private async perform(request: ComposeRequest): Promise<unknown> {
    const { kind, fields } = this.snapshot;
    const [a, b] = request.args;
    const changes = request.method !== 'getBody' && request.method !== 'isOnlineMeeting' && request.method !== 'saveAndGetItemId';
    if (changes && this.snapshot.status.phase === 'sent') refuse('failed', 'This item was already sent; start a new one in the workbench.');
    switch (request.method) {
      case 'getBody':
        return fields.body;
      case 'setBody': {
        if (typeof a !== 'string') return refuse('failed', 'The body needs HTML text.');
        if (a.length > BODY_MAX) refuse('too-large', `The body would be ${a.length.toLocaleString('en')} characters; Outlook takes at most ${BODY_MAX.toLocaleString('en')}. Shorten the text and try again.`);
        this.cursor = a.length;
        this.edit({ body: a });
        return undefined;
      }
      case 'prependToBody':
      case 'insertAtCursor': {
        if (typeof a !== 'string') return refuse('failed', 'The body needs HTML text.');
        const at = request.method === 'prependToBody' ? 0 : Math.min(this.cursor ?? fields.body.length, fields.body.length);
        const body = fields.body.slice(0, at) + a + fields.body.slice(at);
        if (body.length > BODY_MAX) refuse('too-large', `The body would be ${body.length.toLocaleString('en')} characters; Outlook takes at most ${BODY_MAX.toLocaleString('en')}. Shorten the text and try again.`);
        this.cursor = at + a.length;
        this.edit({ body });
        return undefined;
      }
      case 'setSubject':
        if (typeof a !== 'string') return refuse('failed', 'The subject needs text.');
        if (a.length > SUBJECT_MAX) refuse('too-large', `The subject has ${a.length} characters; Outlook takes at most ${SUBJECT_MAX}.`);
        this.edit({ subject: a });
        return undefined;
      case 'addRecipient': {
        const person = a as Partial<Recipient> | undefined;
        const email = typeof person?.email === 'string' ? person.email.trim() : '';
        if (!ADDRESS.test(email)) return refuse('failed', `"${email}" is not an email address Outlook can invite.`);
        const { recipients } = parseRecipients(fields.to);
        if (recipients.some((r) => r.email.toLowerCase() === email.toLowerCase())) return undefined;
        const added = formatRecipient({ displayName: typeof person?.displayName === 'string' ? person.displayName : email, email });
        this.edit({ to: fields.to.trim() === '' ? added : `${fields.to.trim().replace(/;$/, '')}; ${added}` });
        return undefined;
      }
      case 'setTimes':
        if (kind !== 'appointment') return refuse('wrong-item', 'A message has no start and end; open a new meeting to set times.');
        if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return refuse('failed', 'Start and end need to be times.');
        if (b <= a) refuse('failed', 'The end must come after the start.');
        this.edit({ start: a, end: b });
        return undefined;
      case 'isOnlineMeeting':
        if (kind !== 'appointment') return refuse('wrong-item', 'A message is not a meeting; open a new meeting to use Teams.');
        return fields.online;
      case 'saveAndGetItemId':
        if (kind !== 'appointment') return refuse('unsupported', 'The workbench keeps a message only in its form and cannot save it as a draft; send it instead.');
        // A sent meeting is saved already: its id is the answer.
        if (this.snapshot.status.phase === 'sent' && this.snapshot.eventId) return this.snapshot.eventId;
        this.set({ status: { phase: 'working', what: 'Saving' } });
        try {
          return await this.saveEvent();
        } finally {
          if (this.snapshot.status.phase === 'working') this.set({ status: { phase: 'editing' } });
        }
    }
  }

  /** Creates the event, or updates the one saved before; gives its Graph id. */
  private async saveEvent(): Promise<string> {
    const { fields, eventId } = this.snapshot;
    const recipients = this.checkedRecipients(fields);
    if (fields.end <= fields.start) throw fieldRefusal('end', 'The end must come after the start.');
    const event = {
      subject: fields.subject,
      body: { contentType: 'html', content: fields.body },
      start: utc(fields.start),
      end: utc(fields.end),
      attendees: recipients.map((r) => ({ emailAddress: { address: r.email, name: r.displayName }, type: 'required' })),
      // The emulator refuses turning a Teams meeting off, as Graph does; so "off" is only ever sent on create.
      ...(fields.online ? { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' } : eventId ? {} : { isOnlineMeeting: false }),
    };
    const saved = eventId
      ? await this.graph.call<GraphEventAnswer>('PATCH', `/me/events/${encodeURIComponent(eventId)}`, event)
      : await this.graph.call<GraphEventAnswer>('POST', '/me/events', { ...event, transactionId: this.transactionId });
    // Outlook shows the saved body, join block included, and keeps it on the next save.
    this.set({ eventId: saved.id, joinUrl: saved.onlineMeeting?.joinUrl ?? undefined, fields: { ...this.snapshot.fields, body: innerBody(saved.body?.content ?? fields.body) } });
    return saved.id;
  }

  private async sendMail(): Promise<void> {
    const { fields } = this.snapshot;
    const recipients = this.checkedRecipients(fields);
    await this.graph.call('POST', '/me/sendMail', {
      message: {
        subject: fields.subject,
        body: { contentType: 'HTML', content: fields.body },
        toRecipients: recipients.map((r) => ({ emailAddress: { address: r.email, name: r.displayName } })),
      },
      saveToSentItems: true,
    });
  }

  private checkedRecipients(fields: ComposeFields): Recipient[] {
    const { recipients, invalid } = parseRecipients(fields.to);
    const label = this.snapshot.kind === 'appointment' ? 'attendee' : 'recipient';
    if (invalid.length > 0) throw fieldRefusal('to', `Not an email address: ${invalid.join(', ')}.`);
    if (recipients.length === 0) throw fieldRefusal('to', `Add at least one ${label}.`);
    if (fields.subject.length > SUBJECT_MAX) throw fieldRefusal('subject', `At most ${SUBJECT_MAX} characters.`);
    if (fields.body.length > BODY_MAX) throw fieldRefusal('body', `At most ${BODY_MAX.toLocaleString('en')} characters.`);
    return recipients;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private set(patch: Partial<ComposeSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}

function fieldRefusal(field: ComposeField, message: string): Refusal {
  const refusal = new Refusal({ code: 'failed', message });
  (refusal.failure as ComposeFailure & { field?: ComposeField }).field = field;
  return refusal;
}
