// Issue 10's acceptance, in the workbench against the emulator: a mentee finds an expert by a
// question, sends a precise request and books a Teams meeting; what the screen says is checked
// against what Microsoft 365 (the emulator, read over Graph) really holds. Each test starts from a
// freshly seeded organisation, so they do not depend on each other. Every screen is checked with
// axe in each theme and at 320 px, and photographed into test-results/screens/.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FrameLocator, Locator, Page, Request, Route } from 'playwright-core';
import type { Emulator } from '../../emulator/emulator';
import { startWorkbench } from '../../workbench/server';
import { launchBrowser, waitForValue, type Browser } from './browser';
import { GraphAs, messageText, type GraphEvent, type SessionItem } from './graph-api';
import { checkScreen } from './screens';
import * as flow from './tab-flow';
import { DANIEL, MENTEE_ID, PRECISE_GOAL, QUESTION, SUCCESS } from './tab-flow';

jest.setTimeout(180_000);

const DIST = path.join(__dirname, '..', '..', 'dist');
/** Two questions at once: the request form refuses it and coaching offers one precise ask. */
const VAGUE_GOAL = 'Can I pick your brain about my slides for the board review? And how do I handle tough questions?';
const CHECKLIST_TITLE = 'Prepare for your micro-mentoring session';
/** The Graph paths a meeting is created on (the app may name the mailbox or say /me). */
const CREATE_EVENT_PATH = '^/v1\\.0/(me|users/[^/]+)/events$';
const CREATE_EVENT_URL = /\/v1\.0\/(me|users\/[^/?]+)\/events(\?.*)?$/;
const HOUR = 3_600_000;

let browser: Browser;
let page: Page;
let server: Server;
let url: string;
let emulator: Emulator;
let dbDir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
});

// A fresh organisation per test: each run books into empty calendars and an empty Sessions list
// (without the live demo meeting the workbench seeds for the side panel).
beforeEach(async () => {
  dbDir = mkdtempSync(path.join(tmpdir(), 'tab-booking-'));
  ({ server, url, emulator } = await startWorkbench({ port: 0, distDir: DIST, dbPath: path.join(dbDir, 'graph.sqlite'), demoMeeting: false }));
  browser.errors.length = 0;
});

afterEach(async () => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.goto('about:blank');
  await new Promise((resolve) => server.close(resolve));
  rmSync(dbDir, { recursive: true, force: true });
  expect(browser.errors).toEqual([]);
});

const tab = (): FrameLocator => flow.tabFrame(page);
const mentorCard = (id: string): Locator => flow.mentorCard(page, id);
const openTab = (persona: 'mentee' | 'mentor' | 'manager', tabName?: string) => flow.openTab(page, url, persona, tabName);
const findMentor = (query: string) => flow.findMentor(page, query);

/** Opens the mentor from their card and picks their first free time; returns its start (epoch ms). */
async function pickFirstSlot(card: Locator, screens = false): Promise<number> {
  const slot = await flow.openMentor(page, card);
  if (screens) await checkScreen(page, flow.TAB_FRAME, 'mentor-detail');
  const start = await flow.pickSlot(page, slot);
  expect(start).toBeGreaterThan(Date.now());
  return start;
}

/** Fills a request that needs no coaching; it may be sent at once. */
async function fillPreciseRequest(): Promise<void> {
  await flow.fillPreciseRequest(page);
  await expect(tab().getByTestId('book-button').isEnabled()).resolves.toBe(true);
}

/** Holds every request to create an event until released, so a screen between steps can be looked at. */
async function holdEventCreation(): Promise<{ reached: Promise<void>; release: () => void }> {
  let reached!: () => void;
  let release!: () => void;
  const reachedP = new Promise<void>((r) => (reached = r));
  const released = new Promise<void>((r) => (release = r));
  await page.route(CREATE_EVENT_URL, async (route: Route, request: Request) => {
    if (request.method() !== 'POST') return route.continue();
    reached();
    await released;
    return route.continue();
  });
  return { reached: reachedP, release };
}

/** The one session in the Sessions list (the organisation was seeded with none). */
async function onlySession(graph: GraphAs): Promise<SessionItem> {
  const sessions = await graph.sessions();
  expect(sessions.map((s) => s.fields.SessionKey)).toHaveLength(1);
  return sessions[0]!;
}

const onlineMeetings = (events: GraphEvent[]) => events.filter((e) => e.isOnlineMeeting);

/**
 * What one booking must leave behind: one session record, scheduled, naming one Teams meeting
 * in both calendars (the goal in its body) whose chat holds the prep checklist pinned once.
 */
async function expectOneBookedSession(start: number, goal: string): Promise<SessionItem> {
  const mentee = await GraphAs.signIn(url, 'mentee');
  const mentor = await GraphAs.signIn(url, 'mentor');
  const session = await onlySession(mentee);
  const f = session.fields;
  expect(f).toMatchObject({ Status: 'scheduled', MenteeId: MENTEE_ID, MentorId: DANIEL.id, Goal: goal, Success: SUCCESS });
  expect(Date.parse(String(f.StartUtc))).toBe(start);
  for (const key of ['EventId', 'JoinUrl', 'ChatId'] as const) expect(typeof f[key] === 'string' && f[key] !== '').toBe(true);

  // One meeting, in both calendars, at the booked time.
  for (const who of [mentee, mentor]) {
    const meetings = onlineMeetings(await who.eventsBetween(start - HOUR, start + 2 * HOUR));
    expect(meetings.map((m) => m.id)).toEqual([f.EventId]);
  }
  const event = (await mentee.event(String(f.EventId)))!;
  expect(event.isOnlineMeeting).toBe(true);
  expect(event.body.content).toContain(goal);
  expect(event.onlineMeeting?.joinUrl).toBe(f.JoinUrl);
  expect((await mentor.event(String(f.EventId)))?.id).toBe(f.EventId);

  // The prep checklist, posted once and pinned once.
  const chatId = String(f.ChatId);
  const pins = await mentee.pinnedMessages(chatId);
  expect(pins).toHaveLength(1);
  expect(messageText(pins[0]!.message!)).toContain(CHECKLIST_TITLE);
  const checklists = (await mentee.chatMessages(chatId)).filter((m) => messageText(m).includes(CHECKLIST_TITLE));
  expect(checklists).toHaveLength(1);
  return session;
}

/** The booked screen agrees with the record: every step done, the Join link is the meeting's. */
async function expectDoneScreen(session: SessionItem): Promise<void> {
  const steps = tab().getByTestId('booking-step');
  await expect(steps.count()).resolves.toBe(5);
  for (const status of await steps.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))) expect(status).toBe('done');
  await expect(tab().getByTestId('booking-done').getByTestId('join-link').getAttribute('href')).resolves.toBe(session.fields.JoinUrl);
}

async function addFaults(rules: unknown[]): Promise<void> {
  const res = await fetch(new URL('/_emulator/faults', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rules) });
  if (res.status !== 201) throw new Error(`The emulator refused the fault rules: ${res.status} ${await res.text()}`);
}

async function clearFaults(): Promise<void> {
  await fetch(new URL('/_emulator/faults', url), { method: 'DELETE' });
}

/** The card's capacity line ("2 of 3 left this week · 8 of 10 left this month"). */
async function capacityLine(card: Locator): Promise<string> {
  const text = (await card.textContent()) ?? '';
  const found = /\d+ of \d+ left this (week|month)(?: · \d+ of \d+ left this month)?|Fully booked this \w+|No session limit/.exec(text.replace(/\s+/g, ' '));
  if (!found) throw new Error(`No capacity on the card of ${DANIEL.name}: "${text}"`);
  return found[0];
}

describe('Teams tab: find an expert and book', () => {
  it('books a session from a question: one meeting in both calendars, checklist pinned once, session scheduled', async () => {
    await openTab('mentee');
    const card = await findMentor(QUESTION);
    await checkScreen(page, flow.TAB_FRAME, 'directory');
    const start = await pickFirstSlot(card, true);

    // A request with two asks cannot be sent; coaching offers one precise ask in its place.
    await tab().getByTestId('request-goal').fill(VAGUE_GOAL);
    await tab().getByTestId('request-success').fill(SUCCESS);
    const coaching = tab().getByTestId('coaching');
    await coaching.waitFor();
    await expect(tab().getByTestId('book-button').isDisabled()).resolves.toBe(true);
    await expect(tab().getByTestId('rewrite-text').textContent()).resolves.toBe(PRECISE_GOAL);
    await checkScreen(page, flow.TAB_FRAME, 'request-coaching');
    await tab().getByTestId('accept-rewrite').click();
    await expect(tab().getByTestId('request-goal').inputValue()).resolves.toBe(PRECISE_GOAL);
    await waitForValue(() => tab().getByTestId('book-button').isEnabled(), true);

    // Progress on screen while the meeting is being created.
    const hold = await holdEventCreation();
    await tab().getByTestId('book-button').click();
    await hold.reached;
    await waitForValue(() => tab().locator('[data-testid="booking-step"][data-step="record"]').getAttribute('data-status'), 'done');
    await expect(tab().locator('[data-testid="booking-step"][data-step="meeting"]').getAttribute('data-status')).resolves.toBe('running');
    await checkScreen(page, flow.TAB_FRAME, 'booking-progress');
    hold.release();
    await tab().getByTestId('booking-done').waitFor({ timeout: 30_000 });

    const session = await expectOneBookedSession(start, PRECISE_GOAL);
    await expectDoneScreen(session);
    await checkScreen(page, flow.TAB_FRAME, 'booking-done');
  });

  it('after a 503 once the meeting was made, Retry finishes the booking and duplicates nothing', async () => {
    await openTab('mentee');
    const start = await pickFirstSlot(await findMentor(QUESTION));
    await fillPreciseRequest();
    // Graph creates the meeting, then the answer is lost: every try (the client's own retries too) fails.
    await addFaults([{ method: 'POST', path: CREATE_EVENT_PATH, status: 503, retryAfterSeconds: 0, times: 50, afterCommit: true }]);
    await tab().getByTestId('book-button').click();
    await tab().getByTestId('booking-retry').waitFor({ timeout: 30_000 });
    await expect(tab().locator('[data-testid="booking-step"][data-step="meeting"]').getAttribute('data-status')).resolves.toBe('failed');
    await expect(tab().getByTestId('booking-failed').textContent()).resolves.toMatch(/\S/);
    await checkScreen(page, flow.TAB_FRAME, 'booking-failed');
    const creates = emulator.log.list().filter((r) => r.method === 'POST' && new RegExp(CREATE_EVENT_PATH).test(r.path));
    expect(creates.length).toBeGreaterThanOrEqual(1);

    await clearFaults();
    await tab().getByTestId('booking-retry').click();
    await tab().getByTestId('booking-done').waitFor({ timeout: 30_000 });
    const session = await expectOneBookedSession(start, PRECISE_GOAL);
    await expectDoneScreen(session);
  });

  it('when the chosen time was taken meanwhile, says so and offers the next free times', async () => {
    await openTab('mentee');
    const start = await pickFirstSlot(await findMentor(QUESTION));
    await fillPreciseRequest();
    // Daniel accepts something else in Outlook at that time while the mentee is writing.
    const mentor = await GraphAs.signIn(url, 'mentor');
    await mentor.addBusy(start, start + HOUR);
    await tab().getByTestId('book-button').click();

    const taken = tab().getByTestId('slot-taken');
    await taken.waitFor({ timeout: 30_000 });
    const offered = (await taken.getByTestId('slot-option').evaluateAll((buttons) => buttons.map((b) => Number(b.getAttribute('data-start'))))).filter(Number.isFinite);
    expect(offered.length).toBeGreaterThan(0);
    // None of the new times overlaps the hour now taken.
    for (const s of offered) expect(s >= start + HOUR || s + HOUR <= start).toBe(true);
    await checkScreen(page, flow.TAB_FRAME, 'slot-taken');

    // Nothing was booked at the taken time.
    const mentee = await GraphAs.signIn(url, 'mentee');
    expect(onlineMeetings(await mentee.eventsBetween(start - HOUR, start + 2 * HOUR))).toEqual([]);
    expect((await mentee.sessions()).filter((s) => s.fields.Status === 'scheduled')).toEqual([]);

    // One of the new times books.
    await taken.getByTestId('slot-option').first().click();
    await tab().getByTestId('booking-done').waitFor({ timeout: 30_000 });
    const booked = (await mentee.sessions()).filter((s) => s.fields.Status === 'scheduled');
    expect(booked.map((s) => Date.parse(String(s.fields.StartUtc)))).toEqual([offered[0]]);
  });

  it('a mentor adds a topic and changes caps; mentees find them by it; a cancelled session gives the capacity back', async () => {
    const negotiation = 'how do I prepare for a salary negotiation?';
    // Before: Daniel does not offer negotiation, so a mentee asking about it does not see him.
    await openTab('mentee');
    await tab().getByTestId('directory-search').fill(negotiation);
    await tab().getByTestId('mentor-card').first().waitFor();
    await tab().getByTestId('result-count').waitFor();
    await expect(mentorCard(DANIEL.id).count()).resolves.toBe(0);

    await openTab('mentor', 'My offer');
    const offer = tab().getByTestId('mentor-offer');
    await offer.waitFor();
    await checkScreen(page, flow.TAB_FRAME, 'my-offer');
    await offer.getByRole('checkbox', { name: 'negotiation' }).check();
    await tab().getByTestId('offer-capacityPerWeek').fill('3');
    await tab().getByTestId('offer-capacityPerMonth').fill('10');
    await tab().getByTestId('save-offer').click();
    await tab().getByTestId('offer-saved').waitFor();
    const saved = (await (await GraphAs.signIn(url, 'mentor')).mentorItem(DANIEL.id))!.fields;
    expect(saved.Topics).toContain('negotiation');
    expect(saved).toMatchObject({ CapacityPerWeek: 3, CapacityPerMonth: 10 });

    // The mentee now finds Daniel by the new topic, with the new caps.
    await openTab('mentee');
    const card = await findMentor(negotiation);
    await expect(card.getByRole('list', { name: 'Topics' }).textContent()).resolves.toContain('negotiation');
    const before = await capacityLine(card);
    expect(before).toContain('of 3 left this week');
    expect(before).toContain('of 10 left this month');

    const start = await pickFirstSlot(card);
    await fillPreciseRequest();
    await flow.bookAndWaitDone(page);
    const booked = await expectOneBookedSession(start, PRECISE_GOAL);

    // The booked session counts against this month's cap (and this week's, when it falls in it).
    await openTab('mentee');
    const during = await capacityLine(await findMentor(negotiation));
    if (new Date(start).getUTCMonth() === new Date().getUTCMonth()) expect(during).not.toBe(before);

    // Cancel as the mentee in "My sessions".
    const mySessions = tab().getByRole('tab', { name: 'My sessions' });
    await mySessions.click();
    const row = tab().locator(`[data-testid="session-row"][data-session-id="${String(booked.fields.SessionKey)}"]`);
    await row.waitFor();
    await expect(row.getAttribute('data-status')).resolves.toBe('scheduled');
    await checkScreen(page, flow.TAB_FRAME, 'my-sessions');
    await row.getByTestId('cancel-session').click();
    // The screen asks first (with an optional note to the mentor).
    await tab().getByTestId('confirm-cancel').click();
    await waitForValue(() => row.getAttribute('data-status'), 'cancelled', 30_000);

    // Cancelled in Microsoft 365: gone from both calendars, the record says so.
    const mentee = await GraphAs.signIn(url, 'mentee');
    const mentor = await GraphAs.signIn(url, 'mentor');
    await expect(mentee.event(String(booked.fields.EventId))).resolves.toBeUndefined();
    await expect(mentor.event(String(booked.fields.EventId))).resolves.toBeUndefined();
    expect(onlineMeetings(await mentor.eventsBetween(start - HOUR, start + 2 * HOUR))).toEqual([]);
    expect((await onlySession(mentee)).fields.Status).toBe('cancelled');

    // And the capacity shown is what it was before the booking.
    await openTab('mentee');
    await expect(capacityLine(await findMentor(negotiation))).resolves.toBe(before);
  });
});
