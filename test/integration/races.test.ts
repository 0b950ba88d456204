// Two people (or ten tabs) doing the same thing at the same moment, against the emulator: whatever
// the interleaving, one session record, one chat message and one pin per kind and revision, and no
// lost edit. Each race runs several rounds, because a race that is lost only sometimes is still lost.
import type { ChatMessage, PinnedChatMessageInfo } from '@microsoft/microsoft-graph-types';
import { ALL_CHECKLIST_ITEMS, tick } from '../../src/domain/checklists';
import type { ChatPostKind } from '../../src/domain/session';
import { postAndPinOnce } from '../../src/graph/chat-post-claim';
import { GatewayError } from '../../src/graph/gateway-error';
import type { GraphConnection } from '../../src/graph/graph-client';
import { findMeetingChatId, postMarker } from '../../src/graph/meeting-chat';
import { createSessionMeeting } from '../../src/graph/session-meeting';
import { createSession, readSession, saveSession, type StoredSession } from '../../src/graph/sessions-store';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, draftSession, noWait } from './gateway-harness';

jest.setTimeout(180_000);

const ROUNDS = 5;
const START = Date.parse('2030-01-08T10:00:00Z');

let emu: TestEmulator;
let mentee: GraphConnection;
let mentor: GraphConnection;
beforeAll(async () => {
  emu = await startTestEmulator({ clock: () => Date.parse('2030-01-01T00:00:00Z') });
  mentee = connectAs(emu, 'mentee');
  mentor = connectAs(emu, 'mentor');
});
afterAll(() => emu.close());

let keys = 0;
const nextKey = () => `race-${++keys}`;
/** Client i of a race: the two personas take turns. */
const client = (i: number) => (i % 2 === 0 ? mentee : mentor);

const draft = draftSession;

async function sessionsWithKey(key: string): Promise<unknown[]> {
  const res = await emu.fetch(`/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Sessions/items?$expand=fields&$top=5000`, { user: 'manager' });
  return ((await res.json()) as { value: { fields: { SessionKey?: string } }[] }).value.filter((i) => i.fields.SessionKey === key);
}

/** A stored session with its meeting and chat, as booking leaves it. */
async function bookedSession(): Promise<StoredSession> {
  const stored = await createSession(mentee, PROGRAM_SITE, draft(nextKey()), noWait);
  const itemId = stored.session.itemId!;
  const ref = await createSessionMeeting(mentee, { sessionId: itemId, subject: 'Micromentor: board slides', bodyHtml: '<p>Board slides</p>', start: START, end: START + 45 * 60_000, mentor: { email: 'daniel.okafor@contoso.example', name: 'Daniel Okafor' } }, noWait);
  const chatId = await findMeetingChatId(mentee, ref.joinUrl);
  const outcome = await saveSession(mentee, PROGRAM_SITE, stored, { ...stored.session, eventId: ref.eventId, joinUrl: ref.joinUrl, chatId, status: 'chat-found' });
  if (outcome.kind !== 'saved') throw new Error('could not record the chat');
  return outcome.stored;
}

function card(kind: ChatPostKind, revision: number) {
  return {
    kind,
    revision,
    message: {
      body: { contentType: 'html' as const, content: '<attachment id="card"></attachment>' },
      attachments: [{ id: 'card', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `${kind} r${revision}` }] }) }],
    },
  };
}

async function chatState(chatId: string) {
  const chat = `/v1.0/chats/${encodeURIComponent(chatId)}`;
  const messages = ((await (await emu.fetch(`${chat}/messages?$top=50`, { user: 'mentor' })).json()) as { value: ChatMessage[] }).value;
  const pins = ((await (await emu.fetch(`${chat}/pinnedMessages?$expand=message`, { user: 'mentee' })).json()) as { value: PinnedChatMessageInfo[] }).value;
  const markers = (list: (ChatMessage | null | undefined)[]) => list.map((m) => m?.attachments?.[0]?.id ?? '?').sort();
  return { messages: markers(messages), pins: markers(pins.map((p) => p.message)) };
}

/** Lets the other clients' requests through while one waits for a claim; no real pause needed. */
const yieldBriefly = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
const claimOptions = { wait: yieldBriefly, maxPolls: 5000, now: () => START - 86_400_000 };

describe.each([2, 10])('%i clients at once', (n) => {
  it(`create the same session: one record, and every client gets it (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const key = nextKey();
      const results = await Promise.all(Array.from({ length: n }, (_, i) => createSession(client(i), PROGRAM_SITE, draft(key), noWait)));
      expect(new Set(results.map((r) => r.session.itemId)).size).toBe(1);
      expect(results.every((r) => r.session.key === key)).toBe(true);
      expect(await sessionsWithKey(key)).toHaveLength(1);
    }
  });

  it(`post and pin the same checklist and summary from both personas: one message and one pin per kind (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const stored = await bookedSession();
      const itemId = stored.session.itemId!;
      // Every client starts from the same snapshot of the record, as two people who opened it together.
      const clicks = Array.from({ length: n }, (_, i) =>
        (['checklist', 'summary'] as const).map((kind) => postAndPinOnce(client(i), PROGRAM_SITE, stored, card(kind, 1), claimOptions).then((r) => ({ kind, id: r.messageId }))),
      ).flat();
      const results = await Promise.all(clicks);
      for (const kind of ['checklist', 'summary'] as const) expect(new Set(results.filter((r) => r.kind === kind).map((r) => r.id)).size).toBe(1);

      const markers = [postMarker({ kind: 'checklist', sessionId: itemId, revision: 1 }), postMarker({ kind: 'summary', sessionId: itemId, revision: 1 })].sort();
      expect(await chatState(stored.session.chatId!)).toEqual({ messages: markers, pins: markers });
      const after = await readSession(mentor, PROGRAM_SITE, itemId);
      expect(after.session.chatPosts).toEqual({
        checklist: { revision: 1, messageId: results.find((r) => r.kind === 'checklist')!.id, pinned: true },
        summary: { revision: 1, messageId: results.find((r) => r.kind === 'summary')!.id, pinned: true },
      });
      expect(after.session.checklistMessageId).toBe(results.find((r) => r.kind === 'checklist')!.id);
      // Nothing else in the record was touched by the claims.
      expect({ ...after.session, chatPosts: {}, checklistMessageId: undefined }).toEqual({ ...stored.session, chatPosts: {}, checklistMessageId: undefined });
    }
  });

  it(`post a new summary revision at once: it replaces the old pin, once (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const booked = await bookedSession();
      const first = await postAndPinOnce(mentee, PROGRAM_SITE, booked, card('summary', 1), claimOptions);
      await Promise.all(Array.from({ length: n }, (_, i) => postAndPinOnce(client(i), PROGRAM_SITE, first.stored, card('summary', 2), claimOptions)));
      const id = booked.session.itemId!;
      const state = await chatState(booked.session.chatId!);
      expect(state.messages).toEqual([postMarker({ kind: 'summary', sessionId: id, revision: 1 }), postMarker({ kind: 'summary', sessionId: id, revision: 2 })]);
      expect(state.pins).toEqual([postMarker({ kind: 'summary', sessionId: id, revision: 2 })]);
    }
  });

  it(`save the same session, each ticking a different item or adding an action: every edit is kept (${ROUNDS} rounds)`, async () => {
    const items = ALL_CHECKLIST_ITEMS.slice(0, Math.min(n, ALL_CHECKLIST_ITEMS.length)).map((i) => i.id);
    const actions = Array.from({ length: n - items.length }, (_, i) => ({ text: `Action ${i + 1}`, owner: i % 2 ? 'Daniel' : 'Priya' }));
    for (let round = 0; round < ROUNDS; round++) {
      const base = await createSession(mentee, PROGRAM_SITE, draft(nextKey()), noWait);
      const edits = [
        ...items.map((id, i) => ({ ...base.session, checklists: tick(base.session.checklists, id, i % 2 ? 'mentor' : 'mentee', START + i) })),
        ...actions.map((a) => ({ ...base.session, agreedActions: [...base.session.agreedActions, a] })),
      ];
      const outcomes = await Promise.all(edits.map((edit, i) => saveSession(client(i), PROGRAM_SITE, base, edit)));
      expect(outcomes.map((o) => o.kind)).toEqual(edits.map(() => 'saved'));
      const final = (await readSession(mentor, PROGRAM_SITE, base.session.itemId!)).session;
      expect(Object.keys(final.checklists.items).sort()).toEqual([...items].sort());
      expect(Object.values(final.checklists.items).every((s) => s.done)).toBe(true);
      // Actions written without ids get them from their place when read (session-fields.ts).
      expect([...final.agreedActions].sort((a, b) => a.text.localeCompare(b.text))).toEqual(actions.map((a) => ({ ...a, id: expect.any(String) })));
    }
  });
});

describe('a client that dies holding a claim', () => {
  const minute = 60_000;

  async function claimAs(stored: StoredSession, kind: ChatPostKind, expiresAt: number): Promise<StoredSession> {
    const outcome = await saveSession(mentor, PROGRAM_SITE, stored, { ...stored.session, chatPosts: { [kind]: { revision: 1, pinned: false, claim: { holder: 'dead-tab', expiresAt } } } });
    if (outcome.kind !== 'saved') throw new Error('could not write the claim');
    return outcome.stored;
  }

  it('makes the others wait while its claim stands, then tell the person to try again', async () => {
    const claimed = await claimAs(await bookedSession(), 'checklist', START + 10 * minute);
    const error = await postAndPinOnce(mentee, PROGRAM_SITE, claimed, card('checklist', 1), { wait: noWait, maxPolls: 3, now: () => START }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('Someone else is posting the checklist') });
    expect((await chatState(claimed.session.chatId!)).messages).toEqual([]);
  });

  it('is taken over once the claim expires, and what it had posted is not posted again', async () => {
    const booked = await bookedSession();
    const claimed = await claimAs(booked, 'summary', START + minute);
    // The dead tab had posted (but not pinned or recorded) before it died.
    const marker = postMarker({ kind: 'summary', sessionId: booked.session.itemId!, revision: 1 });
    await emu.fetch(`/v1.0/chats/${encodeURIComponent(booked.session.chatId!)}/messages`, {
      method: 'POST',
      user: 'mentor',
      body: JSON.stringify({ body: { contentType: 'html', content: `<attachment id="${marker}"></attachment>` }, attachments: [{ id: marker, contentType: 'application/vnd.microsoft.card.adaptive', content: '{"type":"AdaptiveCard","version":"1.5","body":[]}' }] }),
    });
    let clock = START; // the claim stands: the newcomer waits, and the clock moves on while it does
    const waited: number[] = [];
    const wait = async (ms: number) => {
      waited.push(ms);
      clock += ms;
    };
    const results = await Promise.all([mentee, mentor].map((graph) => postAndPinOnce(graph, PROGRAM_SITE, claimed, card('summary', 1), { wait, now: () => clock, pollMs: 20_000 })));
    expect(waited.length).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.messageId)).size).toBe(1);
    expect(await chatState(booked.session.chatId!)).toEqual({ messages: [marker], pins: [marker] });
  });
});

describe('ids read from a hand-edited record', () => {
  it('are refused before they reach a URL or the chat markup', async () => {
    const booked = await bookedSession();
    const path = `/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/Sessions/items/${booked.session.itemId}/fields`;
    await emu.fetch(path, { method: 'PATCH', user: 'manager', body: JSON.stringify({ ChatId: '19:x"></attachment><script>$&' }) });
    const error = await readSession(mentee, PROGRAM_SITE, booked.session.itemId!).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid', field: 'ChatId', message: expect.stringContaining(`Session ${booked.session.itemId} in the Sessions list has Chat id`) });
    await expect(readSession(mentee, PROGRAM_SITE, '1 or 1')).rejects.toMatchObject({ code: 'invalid', field: 'session item id' });
  });
});
