// What a browser test checks behind the screen: the emulated Microsoft 365, read over HTTP with
// a demo user's development token, as any Graph client would (nothing here reads the emulator's tables).
import { PROGRAM_SITE } from '../../emulator/seed-program-site';

export const PROGRAM_SITE_ID = PROGRAM_SITE.id;

export interface GraphEvent {
  id: string;
  subject: string;
  isOnlineMeeting: boolean;
  isCancelled?: boolean;
  body: { contentType: string; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  onlineMeeting?: { joinUrl: string } | null;
}

export interface SessionItem {
  id: string;
  fields: Record<string, unknown>;
}

export interface ChatMessage {
  id: string;
  body: { contentType: string; content: string };
  attachments?: { id: string; contentType: string; content?: string | null }[];
}

/** What a chat message shows: its body and its cards (adaptive card JSON), as one text to search. */
export function messageText(message: ChatMessage): string {
  return [message.body.content, ...(message.attachments ?? []).map((a) => a.content ?? '')].join('\n');
}

export class GraphAs {
  private constructor(
    private readonly origin: string,
    private readonly token: string,
  ) {}

  /** Signs in to the emulator on `origin` (the workbench URL) as a persona or userPrincipalName. */
  static async signIn(origin: string, user: string): Promise<GraphAs> {
    const res = await fetch(new URL('/_emulator/token', origin), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
    if (!res.ok) throw new Error(`The emulator refused a token for ${user}: ${res.status} ${await res.text()}`);
    const { access_token: token } = (await res.json()) as { access_token: string };
    return new GraphAs(origin, token);
  }

  /** One Graph request; a status other than the expected ones throws with Graph's error. */
  async call<T>(method: string, path: string, body?: unknown, expect: number[] = [200, 201, 202, 204]): Promise<{ status: number; body: T }> {
    const res = await fetch(new URL(`/v1.0${path}`, this.origin), {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!expect.includes(res.status)) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  async get<T>(path: string): Promise<T> {
    return (await this.call<T>('GET', path)).body;
  }

  /** The signed-in person's events overlapping [start, end). */
  async eventsBetween(start: number, end: number): Promise<GraphEvent[]> {
    const q = new URLSearchParams({ startDateTime: new Date(start).toISOString(), endDateTime: new Date(end).toISOString(), $top: '100' });
    return (await this.get<{ value: GraphEvent[] }>(`/me/calendarView?${q}`)).value;
  }

  /** The event as the signed-in person sees it, or undefined when Graph answers 404 (deleted, cancelled, not theirs). */
  async event(id: string): Promise<GraphEvent | undefined> {
    const res = await this.call<GraphEvent>('GET', `/me/events/${encodeURIComponent(id)}`, undefined, [200, 404]);
    return res.status === 404 ? undefined : res.body;
  }

  /** The items of the program site's Sessions list the test's people wrote, with their columns. */
  async sessions(): Promise<SessionItem[]> {
    const items = (await this.get<{ value: SessionItem[] }>(`/sites/${PROGRAM_SITE_ID}/lists/Sessions/items?expand=fields&$top=5000`)).value;
    // The program's seeded past (keys history-…, emulator/seed-session-history.ts) is nobody's booking in a test.
    return items.filter((i) => !String(i.fields.SessionKey ?? '').startsWith('history-'));
  }

  /** The Mentors list item of a mentor (by Entra user id). */
  async mentorItem(userId: string): Promise<SessionItem | undefined> {
    const items = (await this.get<{ value: SessionItem[] }>(`/sites/${PROGRAM_SITE_ID}/lists/Mentors/items?expand=fields&$top=999`)).value;
    return items.find((i) => i.fields.MentorUserId === userId);
  }

  async chatMessages(chatId: string): Promise<ChatMessage[]> {
    return (await this.get<{ value: ChatMessage[] }>(`/chats/${encodeURIComponent(chatId)}/messages?$top=50`)).value;
  }

  async pinnedMessages(chatId: string): Promise<{ id: string; message: ChatMessage | null }[]> {
    return (await this.get<{ value: { id: string; message: ChatMessage | null }[] }>(`/chats/${encodeURIComponent(chatId)}/pinnedMessages?$expand=message`)).value;
  }

  /** Marks [start, end) busy in the signed-in person's calendar, as someone booking it in Outlook would. */
  async addBusy(start: number, end: number, subject = 'Blocked in Outlook'): Promise<GraphEvent> {
    return (
      await this.call<GraphEvent>('POST', '/me/events', {
        subject,
        showAs: 'busy',
        start: { dateTime: new Date(start).toISOString().slice(0, 19), timeZone: 'UTC' },
        end: { dateTime: new Date(end).toISOString().slice(0, 19), timeZone: 'UTC' },
      })
    ).body;
  }
}
