// A flash-mentoring event in the workbench against the emulator: the program manager creates an event
// of 3 rounds, invites 4 mentors and 12 mentees, plans the rounds and publishes; Microsoft 365 then
// holds 4 table meetings with the right attendees, no pair twice, each mentee's schedule in the body.
// A mentee taken off afterwards leaves everyone else's rounds as they were and changes only the
// meetings of the tables they were at. Screens are checked with axe in each theme and at 320 px.
import type { FrameLocator, Page } from 'playwright-core';
import type { Browser } from './browser';
import { GraphAs, PROGRAM_SITE_ID } from './graph-api';
import { checkScreen } from './screens';
import { startWorkbenchRun, type WorkbenchRun } from './workbench-run';
import * as flow from './tab-flow';

jest.setTimeout(300_000);

const TOPICS = ['public speaking', 'negotiation', 'career pivot', 'data visualization'];
const TITLE = 'March joiners: flash mentoring';

let run: WorkbenchRun;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  run = await startWorkbenchRun('flash-event');
  ({ browser, page, url } = run);
  page.setDefaultTimeout(20_000);
});

afterAll(() => run?.close());

const tab = (): FrameLocator => flow.tabFrame(page);

interface Item<F> {
  id: string;
  fields: F;
}
interface EventFields {
  EventKey: string;
  Title: string;
  Plan: string;
  Meetings: string;
}
interface ParticipantFields {
  EventKey: string;
  UserId: string;
  Email: string;
  Title: string;
  Role: string;
  Status: string;
}
interface Plan {
  rounds: { round: number; pairs: { menteeId: string; mentorId: string }[] }[];
  mentorIds: string[];
}
type Meetings = Record<string, { eventId: string; joinUrl: string }>;
interface FullEvent {
  id: string;
  subject: string;
  attendees: { emailAddress: { address: string } }[];
  body: { content: string };
  lastModifiedDateTime: string;
}

/** "YYYY-MM-DD" of the day `days` from now in a zone. */
function dayIn(zone: string, days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now() + days * 86_400_000);
}

async function ourEvent(graph: GraphAs): Promise<Item<EventFields>> {
  const items = await graph.get<{ value: Item<EventFields>[] }>(`/sites/${PROGRAM_SITE_ID}/lists/FlashEvents/items?$expand=fields&$top=50`);
  return items.value.find((i) => i.fields.Title === TITLE)!;
}

async function participants(graph: GraphAs, key: string): Promise<Item<ParticipantFields>[]> {
  const filter = encodeURIComponent(`fields/EventKey eq '${key}'`);
  return (await graph.get<{ value: Item<ParticipantFields>[] }>(`/sites/${PROGRAM_SITE_ID}/lists/FlashParticipants/items?$expand=fields&$filter=${filter}&$top=100`)).value;
}

async function tableMeetings(graph: GraphAs, meetings: Meetings): Promise<Map<string, FullEvent>> {
  const out = new Map<string, FullEvent>();
  for (const [mentorId, m] of Object.entries(meetings)) out.set(mentorId, await graph.get<FullEvent>(`/me/events/${encodeURIComponent(m.eventId)}`));
  return out;
}

describe('Flash-mentoring event', () => {
  it('a program manager creates, plans and publishes 12 mentees x 4 mentors x 3 rounds; a mentee taken off changes only their tables', async () => {
    await flow.openTab(page, url, 'manager', 'Events');
    await tab().getByTestId('new-event').click();
    const zone = await tab().getByTestId('event-zone').inputValue();
    // Errors at their fields first.
    await tab().getByTestId('event-create').click();
    await tab().getByText('Give the event a title.').waitFor();
    await checkScreen(page, flow.TAB_FRAME, 'flash-event-form-errors');
    await tab().getByTestId('event-title').fill(TITLE);
    await tab().getByTestId('event-date').fill(dayIn(zone, 7));
    await tab().getByTestId('event-startTime').fill('14:00');
    await tab().getByTestId('event-topics').fill(TOPICS.join('\n'));
    await tab().getByTestId('event-registrationCloses').fill(`${dayIn(zone, 6)}T17:00`);
    await tab().getByTestId('event-create').click();
    await tab().getByTestId('event-panel').waitFor();

    await tab().getByRole('button', { name: 'Choose mentors from the Mentors list' }).click();
    const mentorChoices = tab().getByTestId('invite-mentors').getByRole('checkbox');
    await mentorChoices.first().waitFor();
    for (let i = 0; i < 4; i++) await mentorChoices.nth(i).check();
    await tab().getByTestId('invite-mentors-send').click();
    await tab().getByTestId('mentor-list').getByText('invited').nth(3).waitFor();

    // Twelve mentees from the directory, a few searches' worth.
    let picked = 0;
    for (const letter of 'ABCDEFGHIJKLMNOPRS') {
      if (picked >= 12) break;
      await tab().getByTestId('mentee-search').fill(letter);
      await tab().getByRole('button', { name: 'Search' }).click();
      const boxes = tab().getByTestId('invite-mentees').getByRole('checkbox');
      await boxes.first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      const count = await boxes.count();
      for (let i = 0; i < count && picked < 12; i++) {
        if (await boxes.nth(i).isChecked()) continue;
        await boxes.nth(i).check();
        picked++;
      }
    }
    expect(picked).toBe(12);
    await tab().getByTestId('invite-mentees-send').click();
    await tab().getByTestId('mentee-list').getByText('invited').nth(11).waitFor();

    // Everyone registers in their own tab; here, straight in the list (the tab's registration has its own tests).
    const manager = await GraphAs.signIn(url, 'manager');
    const stored = await ourEvent(manager);
    const people = await participants(manager, stored.fields.EventKey);
    expect(people.filter((p) => p.fields.Role === 'mentor')).toHaveLength(4);
    expect(people.filter((p) => p.fields.Role === 'mentee')).toHaveLength(12);
    for (const [i, p] of people.entries()) {
      const topics = p.fields.Role === 'mentor' ? [TOPICS[i % 4], TOPICS[(i + 1) % 4]] : [TOPICS[i % 4]];
      await manager.call('PATCH', `/sites/${PROGRAM_SITE_ID}/lists/FlashParticipants/items/${p.id}/fields`, { Status: 'registered', Topics: JSON.stringify(topics), TimeZone: i % 2 ? 'America/New_York' : 'Europe/London' });
    }
    await tab().getByRole('button', { name: '← All events' }).click();
    await tab().getByRole('button', { name: new RegExp(TITLE) }).click();
    await tab().getByText('4 of 4 mentors and 12 of 12 mentees registered', { exact: false }).waitFor();

    await tab().getByTestId('plan-rounds').click();
    await tab().getByTestId('plan-grid').waitFor();
    await expect(tab().getByTestId('plan-fit').textContent()).resolves.toMatch(/over 36 conversations; pairing at random would give/);
    await checkScreen(page, flow.TAB_FRAME, 'flash-event-plan');

    await tab().getByTestId('publish').click();
    await expect(tab().getByTestId('publish-outcome').textContent({ timeout: 60_000 })).resolves.toBe('Published: 4 table meetings created, 4 updated with attendees and schedules.');
    await checkScreen(page, flow.TAB_FRAME, 'flash-event-published');

    // Microsoft 365 holds 4 table meetings: each with its mentor and the mentees who visit, no pair twice.
    const published = await ourEvent(manager);
    const plan = JSON.parse(published.fields.Plan) as Plan;
    const meetings = JSON.parse(published.fields.Meetings) as Meetings;
    expect(Object.keys(meetings)).toHaveLength(4);
    const pairs = plan.rounds.flatMap((r) => r.pairs.map((p) => `${p.menteeId}|${p.mentorId}`));
    expect(pairs).toHaveLength(36);
    expect(new Set(pairs).size).toBe(36);
    const emailOf = new Map(people.map((p) => [p.fields.UserId, p.fields.Email.toLowerCase()]));
    const nameOf = new Map(people.map((p) => [p.fields.UserId, p.fields.Title]));
    const before = await tableMeetings(manager, meetings);
    for (const [mentorId, meeting] of before) {
      const visitors = new Set(plan.rounds.flatMap((r) => r.pairs.filter((p) => p.mentorId === mentorId).map((p) => p.menteeId)));
      expect(meeting.attendees.map((a) => a.emailAddress.address.toLowerCase()).sort()).toEqual([mentorId, ...visitors].map((id) => emailOf.get(id)).sort());
      // Each mentee's own schedule is in the invitation.
      for (const id of visitors) expect(meeting.body.content).toContain(`<b>${nameOf.get(id)}</b>`);
    }

    // A mentee is taken off: planned again and published, only the tables they were at change.
    const dropped = plan.rounds[1]!.pairs[0]!.menteeId;
    await tab().getByRole('button', { name: `Take ${nameOf.get(dropped)} off the event` }).click();
    await tab().getByTestId('mentee-list').getByText('dropped').waitFor();
    await tab().getByTestId('plan-rounds').click();
    await tab().getByRole('button', { name: 'Plan the rounds again' }).waitFor();
    await tab().getByTestId('publish').click();
    const theirTables = new Set(plan.rounds.flatMap((r) => r.pairs.filter((p) => p.menteeId === dropped).map((p) => p.mentorId)));
    await expect(tab().getByTestId('publish-outcome').textContent({ timeout: 60_000 })).resolves.toBe(`Published: 0 table meetings created, ${theirTables.size} updated with attendees and schedules.`);
    const replanned = JSON.parse((await ourEvent(manager)).fields.Plan) as Plan;
    const without = (p: Plan) => p.rounds.map((r) => r.pairs.filter((x) => x.menteeId !== dropped).map((x) => `${x.menteeId}|${x.mentorId}`).sort());
    expect(without(replanned)).toEqual(without(plan)); // everyone else keeps their rounds
    const after = await tableMeetings(manager, meetings);
    for (const [mentorId, meeting] of after) {
      const invited = meeting.attendees.some((a) => a.emailAddress.address.toLowerCase() === emailOf.get(dropped));
      expect(invited).toBe(false);
      expect(meeting.body.content === before.get(mentorId)!.body.content).toBe(!theirTables.has(mentorId));
    }
    expect((await manager.eventsBetween(Date.now(), Date.now() + 14 * 86_400_000)).filter((e) => e.subject.startsWith(TITLE))).toHaveLength(4);
  });

  it('the demo mentee finds her invitation to the seeded event and registers with up to three topics', async () => {
    await flow.openTab(page, url, 'mentee', 'Events');
    const card = tab().getByTestId('invitation').first();
    await card.waitFor();
    await checkScreen(page, flow.TAB_FRAME, 'flash-event-invitation');
    const boxes = card.getByRole('checkbox');
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await expect(boxes.nth(3).isDisabled()).resolves.toBe(true);
    await card.getByTestId('register').click();
    await expect(card.getByTestId('registered').textContent()).resolves.toMatch(/^You are registered for .+, .+, .+\./);
    await checkScreen(page, flow.TAB_FRAME, 'flash-event-registered');
    const mentee = await GraphAs.signIn(url, 'mentee');
    const me = await mentee.get<{ id: string }>('/me');
    const filter = encodeURIComponent(`fields/UserId eq '${me.id}'`);
    const rows = (await mentee.get<{ value: Item<ParticipantFields & { Topics: string }>[] }>(`/sites/${PROGRAM_SITE_ID}/lists/FlashParticipants/items?$expand=fields&$filter=${filter}`)).value;
    expect(rows.map((r) => [r.fields.Status, JSON.parse(r.fields.Topics).length])).toEqual([['registered', 3]]);
  });
});
