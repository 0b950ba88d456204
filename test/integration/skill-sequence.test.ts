// A skill sequence booked through the tab's ports against the emulator: three sessions, each its own
// Teams meeting and record, found together by their key; a 503 part way and a retry still give three;
// and the actions agreed in session 1 are in session 2's meeting side panel.
import type { Event, ListItem } from '@microsoft/microsoft-graph-types';
import type { HostContext } from '../../src/domain/host-context';
import type { PreciseRequest } from '../../src/domain/precise-request';
import { initialSequenceBooking, sequenceBookingReducer, type SequenceBookingState } from '../../src/domain/sequence-booking';
import { proposeSequence, sequenceSessionKey } from '../../src/domain/skill-sequence';
import { DAY } from '../../src/domain/zone-time';
import { readMe } from '../../src/graph/me';
import { createSessionPanelPorts } from '../../src/hosts/side-panel/session-panel-ports';
import { readProgramConfig } from '../../src/hosts/tab/program-config';
import { bookSequence } from '../../src/ui/booking/book-sequence';
import { sequenceBooking } from '../../src/ui/booking/sequence-request';
import type { BookingInput, BookingPort, MentorListing, TabPorts } from '../../src/ui/common/tab-ports';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { createSession } from '../../src/graph/sessions-store';
import { PROGRAM_SITE, connectAs, draftSession, noWait } from './gateway-harness';
import { DANIEL_ID, NOW, findMentor, mutualSlots, portsAs } from './tab-harness';

jest.setTimeout(120_000);

let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterEach(() => emu.close());

const SITE = `/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}`;
const request: PreciseRequest = {
  goal: 'Walk me through how you structure a board presentation',
  context: '',
  success: 'I know the structure I will use for my next deck',
  topic: 'presentation coaching',
  timeBox: 45,
};
const plan = {
  overallGoal: 'Present to the board with confidence',
  goals: [request.goal, 'Review my first draft of the board deck', 'Rehearse the board presentation with feedback'],
};

async function get<T>(path: string, user: string): Promise<T> {
  const res = await emu.fetch(path, { user });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function meetingsAt(user: string, start: number): Promise<Event[]> {
  const page = await get<{ value: Event[] }>(`/v1.0/me/calendarView?startDateTime=${new Date(start - DAY).toISOString()}&endDateTime=${new Date(start + DAY).toISOString()}&$top=100`, user);
  return page.value.filter((e) => e.subject?.startsWith('Micro-mentoring') && Date.parse(`${e.start!.dateTime}Z`) === start);
}

async function sequenceItems(key: string): Promise<Record<string, unknown>[]> {
  const page = await get<{ value: ListItem[] }>(`${SITE}/lists/Sessions/items?$expand=fields&$top=200`, 'mentee');
  return page.value.map((i) => i.fields as Record<string, unknown>).filter((f) => String(f.SessionKey).startsWith(`${key}-`));
}

/** The mentee's ports, Daniel, and three starts the way the request form proposes them. */
async function setup(): Promise<{ ports: TabPorts; mentor: MentorListing; starts: number[] }> {
  const ports = await portsAs(emu, 'mentee');
  const mentor = await findMentor(ports, DANIEL_ID);
  const first = (await mutualSlots(ports, mentor))[0]!;
  const readings = await ports.directory.readCalendars([mentor.email, ports.viewer.email], first, first + 29 * DAY, () => undefined);
  const of = (email: string) => readings.find((r) => r.email === email.toLowerCase())!;
  const sessions = proposeSequence(
    {
      mentee: { workingHours: of(ports.viewer.email).workingHours!, busy: of(ports.viewer.email).busy },
      mentor: { workingHours: of(mentor.email).workingHours!, busy: of(mentor.email).busy, caps: { perWeek: mentor.capacityPerWeek, perMonth: mentor.capacityPerMonth }, booked: mentor.bookedStarts.map((start) => ({ start })) },
      now: NOW,
      timeBox: 45,
      viewerZone: ports.viewer.zone,
      noticeMinutes: mentor.noticeMinutes,
      bufferMinutes: mentor.bufferMinutes,
    },
    first,
    3,
  );
  const starts = sessions.map((s) => s.start!);
  expect(starts.every((s) => s !== undefined)).toBe(true);
  return { ports, mentor, starts };
}

function inputsFor(key: string, mentor: MentorListing, starts: number[]): BookingInput[] {
  return sequenceBooking(request, plan, starts, mentor).sessions.map((s, i) => ({ ...s, sessionKey: sequenceSessionKey(key, i + 1), sequence: { key, index: i + 1, of: 3, goal: plan.overallGoal, goals: plan.goals } }));
}

describe('booking a skill sequence', () => {
  it('books three sessions: three Teams meetings in both calendars, three records found together by their key', async () => {
    const { ports, mentor, starts } = await setup();
    const state = await bookSequence(ports.booking, inputsFor('seq-a', mentor, starts), initialSequenceBooking(3));
    expect(state.sessions.map((s) => s.phase)).toEqual(['booked', 'booked', 'booked']);
    for (const [i, start] of starts.entries()) {
      const [meeting, ...more] = await meetingsAt('mentee', start);
      expect(more).toHaveLength(0);
      expect(meeting!.subject).toBe(`Micro-mentoring: presentation coaching (session ${i + 1} of 3)`);
      expect(await meetingsAt('mentor', start)).toHaveLength(1);
    }
    const items = await sequenceItems('seq-a');
    expect(items.map((f) => f.Format).sort()).toEqual(['sequence 1/3', 'sequence 2/3', 'sequence 3/3']);
    expect(items.every((f) => f.Status === 'scheduled')).toBe(true);
    expect(items.map((f) => JSON.parse(String(f.Sequence)))).toEqual([0, 1, 2].map(() => ({ key: 'seq-a', goal: plan.overallGoal, goals: plan.goals })));
    expect(items.find((f) => f.Format === 'sequence 2/3')!.Goal).toBe('Review my first draft of the board deck');
    // Listed in My sessions with their sequence.
    const listed = (await ports.mySessions.list('mentee')).filter((s) => s.session.sequence?.key === 'seq-a');
    expect(listed.map((s) => s.session.sequence?.index).sort()).toEqual([1, 2, 3]);
  });

  it('after a 503 while creating session 2’s meeting, a retry books only what is missing: still three meetings and three records', async () => {
    const { ports, mentor, starts } = await setup();
    let faulted = false;
    const flaky: BookingPort = {
      async book(input, state, dispatch) {
        if (input.sequence?.index === 2 && !faulted) {
          faulted = true;
          // Graph created the meeting, then the answer was lost: the retry must find it, not make another.
          await emu.faults([{ method: 'POST', path: '^/v1\\.0/me/events$', status: 503, times: 4, afterCommit: true }]);
        }
        return ports.booking.book(input, state, dispatch);
      },
    };
    const inputs = inputsFor('seq-b', mentor, starts);
    const failed = await bookSequence(flaky, inputs, initialSequenceBooking(3));
    expect(failed.sessions.map((s) => s.phase)).toEqual(['booked', 'failed', 'idle']);
    expect(failed.sessions[1]!.failure).toMatchObject({ step: 'meeting' });

    const retried: SequenceBookingState = sequenceBookingReducer(failed, { type: 'session', index: 1, event: { type: 'retry' } });
    const done = await bookSequence(ports.booking, inputs, retried);
    expect(done.sessions.map((s) => s.phase)).toEqual(['booked', 'booked', 'booked']);
    for (const start of starts) {
      expect(await meetingsAt('mentee', start)).toHaveLength(1);
      expect(await meetingsAt('mentor', start)).toHaveLength(1);
    }
    expect(await sequenceItems('seq-b')).toHaveLength(3);
    // Running it again changes nothing.
    await bookSequence(ports.booking, inputs, done);
    expect(await sequenceItems('seq-b')).toHaveLength(3);
  });

  it("shows session 1's agreed actions in session 2's side panel, and not in session 1's", async () => {
    const { ports, mentor, starts } = await setup();
    const state = await bookSequence(ports.booking, inputsFor('seq-c', mentor, starts), initialSequenceBooking(3));
    const [first, second, third] = state.sessions.map((s) => s.session!);
    const program = readProgramConfig({});
    const panelAs = async (user: 'mentee' | 'mentor', chatId: string) => {
      const graph = connectAs(emu, user);
      const me = await readMe(graph);
      const context: HostContext = { host: 'teams', surface: 'side-panel', frame: 'sidePanel', user: { id: me.id!, displayName: me.displayName!, userPrincipalName: me.userPrincipalName! }, theme: 'default', chatId };
      const panel = await createSessionPanelPorts({ graph, me: Promise.resolve(me) }, context, { layout: 'side-panel', program });
      const lookup = await panel.sessions.find();
      if (lookup.kind !== 'found') throw new Error(`expected the session, got ${lookup.kind}`);
      return { panel, found: lookup.found };
    };

    const one = await panelAs('mentor', first!.chatId!);
    expect(one.found.previous).toBeUndefined();
    await one.panel.sessions.save(one.found, [{ type: 'add-action', action: { id: 'act1', text: 'Draft the board deck storyline', owner: 'Priya Natarajan', role: 'mentee' } }]);

    // Another sequence with the same mentor, its session 1 just before this session 2: not this sequence's.
    const other = { ...draftSession('seq-other-1'), format: 'sequence' as const, sequence: { index: 1, of: 2, key: 'seq-other', goal: 'Something else' }, start: second!.start - 60 * 60_000, end: second!.start - 15 * 60_000, status: 'scheduled' as const, agreedActions: [{ id: 'x1', text: 'Not carried over', owner: 'Priya Natarajan' }] };
    await createSession(connectAs(emu, 'mentee'), PROGRAM_SITE, other, noWait);

    const two = await panelAs('mentee', second!.chatId!);
    expect(two.found.session.sequence).toMatchObject({ index: 2, of: 3, key: 'seq-c' });
    expect(two.found.previous?.agreedActions.map((a) => a.text)).toEqual(['Draft the board deck storyline']);

    const twoMentor = await panelAs('mentor', second!.chatId!);
    await twoMentor.panel.sessions.save(twoMentor.found, [{ type: 'add-action', action: { id: 'act2', text: 'Rehearse with a timer', owner: 'Priya Natarajan', role: 'mentee' } }]);
    const three = await panelAs('mentee', third!.chatId!);
    expect(three.found.previous?.agreedActions.map((a) => a.text)).toEqual(['Rehearse with a timer']);
  });
});
