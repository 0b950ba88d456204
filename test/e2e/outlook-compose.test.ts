// The workbench's Outlook compose form answers the task pane's compose-item port: what the pane sets
// through the port shows in the form's fields, and Send saves an online meeting, with its chat, to the
// organizer's calendar in the emulator.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import type { Emulator } from '../../emulator/emulator';
import { composeSessionKey } from '../../src/domain/compose-draft';
import type { ComposeItemPort } from '../../src/ui/common/compose-ports';
import { startWorkbench } from '../../workbench/server';
import { launchBrowser, waitForText, type Browser } from './browser';
import { GraphAs } from './graph-api';
import { openMeeting } from './meeting-flow';
import { checkScreen } from './screens';
import { DANIEL, PRECISE_GOAL, QUESTION, SUCCESS } from './tab-flow';

jest.setTimeout(60000);

declare global {
  interface Window {
    __micromentorCompose?: ComposeItemPort;
  }
}

let server: Server;
let emulator: Emulator;
let url: string;
let browser: Browser;

beforeAll(async () => {
  const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'outlook-compose-graph-')), 'graph.sqlite');
  ({ server, url, emulator } = await startWorkbench({ port: 0, distDir: path.join(__dirname, '..', '..', 'dist'), dbPath }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

afterEach(() => {
  expect(browser.errors).toEqual([]);
});

async function outlookFrame(): Promise<Frame> {
  const handle = await browser.page.waitForSelector('#surface-outlook');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The Outlook frame has no document.');
  await frame.waitForFunction(() => window.__micromentorCompose !== undefined, undefined, { timeout: 15000 });
  return frame;
}

/** In the pane: the tab's Find-an-expert flow to Daniel's first free time and a precise request; returns that start. */
async function requestDanielInPane(): Promise<number> {
  const pane = browser.page.frameLocator('#surface-outlook');
  await pane.getByTestId('directory-search').fill(QUESTION);
  const card = pane.locator(`[data-testid="mentor-card"][data-mentor-id="${DANIEL.id}"]`);
  await card.getByTestId('next-slot').waitFor();
  await card.getByRole('button', { name: /See times/ }).click();
  const slot = pane.getByTestId('mentor-detail').getByTestId('slot-option').first();
  await slot.waitFor();
  const start = Number(await slot.getAttribute('data-start'));
  await slot.click();
  await pane.getByTestId('request-goal').fill(PRECISE_GOAL);
  await pane.getByTestId('request-success').fill(SUCCESS);
  return start;
}

/** The meeting the compose form sent: its event and its Teams chat, read as the organiser. */
async function meetingOfComposed(organizerId: string): Promise<{ eventId: string; chatId: string }> {
  const eventId = await (await outlookFrame()).evaluate(() => window.__micromentorCompose!.saveAndGetItemId());
  const graph = await GraphAs.signIn(url, organizerId);
  const event = await graph.get<{ onlineMeeting: { joinUrl: string } | null }>(`/me/events/${encodeURIComponent(eventId)}`);
  const joinUrl = event.onlineMeeting!.joinUrl;
  const meetings = await graph.get<{ value: { chatInfo: { threadId: string } }[] }>(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`);
  return { eventId, chatId: meetings.value[0]!.chatInfo.threadId };
}

describe('Outlook compose form in the workbench', () => {
  it('shows what the pane sets through its port, and Send saves an online meeting with its chat', async () => {
    const mentee = emulator.personas().find((p) => p.role === 'mentee')!;
    const mentor = emulator.personas().find((p) => p.role === 'mentor')!;
    const officeRequests: string[] = [];
    browser.page.on('request', (request) => request.url().includes('appsforoffice.microsoft.com') && officeRequests.push(request.url()));
    await browser.page.goto(`${url}?persona=mentee&surface=outlook&test-hooks`);
    const frame = await outlookFrame();
    // Tomorrow at 10:00 UTC, half an hour.
    const start = (Math.floor(Date.now() / 86_400_000) + 1) * 86_400_000 + 10 * 3_600_000;
    const end = start + 30 * 60_000;

    const answers = await frame.evaluate(
      async ({ mentor, start, end }) => {
        const port = window.__micromentorCompose!;
        await port.addRecipient({ displayName: mentor.displayName, email: mentor.userPrincipalName });
        await port.setSubject('Micro-mentoring: query plans');
        await port.setTimes(start, end);
        await port.prependToBody('<p>Goal: read a query plan</p>');
        const wrong = await port.insertAtCursor('x'.repeat(1_000_001)).then(
          () => 'accepted',
          (error: { code: string }) => error.code,
        );
        return { kind: port.kind, body: await port.getBody(), online: await port.isOnlineMeeting(), wrong };
      },
      { mentor, start, end },
    );
    expect(answers).toEqual({ kind: 'appointment', body: '<p>Goal: read a query plan</p>', online: false, wrong: 'too-large' });

    const { page } = browser;
    expect(await page.inputValue('#compose-to')).toBe(`${mentor.displayName} <${mentor.userPrincipalName}>`);
    expect(await page.inputValue('#compose-subject')).toBe('Micro-mentoring: query plans');
    expect(Number(await page.getAttribute('#compose-start', 'data-ms'))).toBe(start);
    expect(Number(await page.getAttribute('#compose-end', 'data-ms'))).toBe(end);
    expect(await page.inputValue('#compose-body')).toBe('<p>Goal: read a query plan</p>');

    await page.click('#compose-teams');
    await expect(frame.evaluate(() => window.__micromentorCompose!.isOnlineMeeting())).resolves.toBe(true);
    await page.click('#compose-send');
    await waitForText(page.locator('#compose-status'), 'Sent');
    await page.screenshot({ path: path.join(__dirname, '..', '..', 'test-results', 'outlook-compose-sent.png') });
    const eventId = await frame.evaluate(() => window.__micromentorCompose!.saveAndGetItemId());

    const graph = await GraphAs.signIn(url, mentee.id);
    const event = (await graph.get<{
      subject: string;
      isOnlineMeeting: boolean;
      onlineMeeting: { joinUrl: string } | null;
      body: { content: string };
      organizer: { emailAddress: { address: string } };
      attendees: { emailAddress: { address: string }; type: string }[];
      start: { dateTime: string };
    }>(`/me/events/${encodeURIComponent(eventId)}`));
    expect(event).toMatchObject({ subject: 'Micro-mentoring: query plans', isOnlineMeeting: true, attendees: [{ emailAddress: { address: mentor.userPrincipalName }, type: 'required' }] });
    expect(event.organizer.emailAddress.address.toLowerCase()).toBe(mentee.userPrincipalName.toLowerCase());
    expect(event.body.content).toContain('<p>Goal: read a query plan</p>');
    expect(event.body.content).toContain('Join Microsoft Teams Meeting');
    const joinUrl = event.onlineMeeting!.joinUrl;
    const meetings = await graph.get<{ value: { chatInfo: { threadId: string } }[] }>(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`);
    const chatId = meetings.value[0]!.chatInfo.threadId;
    const chat = await graph.get<{ id: string; chatType: string; topic: string }>(`/chats/${encodeURIComponent(chatId)}`);
    expect(chat).toMatchObject({ id: chatId, chatType: 'meeting', topic: 'Micro-mentoring: query plans' });
    // The workbench serves the Outlook page without Microsoft's Office.js: nothing goes to the CDN.
    expect(officeRequests).toEqual([]);
  });

  it('fills a new meeting from the pane: Daniel, the subject, the slot and the agenda above the text already in the body', async () => {
    const { page } = browser;
    const daniel = emulator.personas().find((p) => p.id === DANIEL.id)!;
    await page.goto(`${url}?persona=mentee&surface=outlook&test-hooks`);
    await outlookFrame();
    await page.fill('#compose-body', '<p>My own notes for the session</p>');
    const pane = page.frameLocator('#surface-outlook');

    // The tab's Find-an-expert flow, in the pane: search, Daniel's card, a free time, the precise request.
    const start = await requestDanielInPane();
    const topic = await pane.getByTestId('request-topic').inputValue();
    await expect(pane.getByTestId('book-button').count()).resolves.toBe(0);
    await pane.getByTestId('fill-meeting').click();
    await pane.locator('[data-testid="teams-warning"]').waitFor();
    await pane.locator('[data-step="body"][data-status="done"]').waitFor();
    const statuses = await pane.getByTestId('fill-step').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-step')}:${i.getAttribute('data-status')}`));
    expect(statuses).toEqual(['attendee:done', 'subject:done', 'times:done', 'body:done', 'session:done']);
    await waitForText(pane.locator('[data-step="session"]'), 'Kept as a draft session');
    await waitForText(pane.getByTestId('teams-warning'), 'Switch on Teams meeting in the meeting form before you send: Micromentor cannot add it');

    expect(await page.inputValue('#compose-to')).toBe(`${DANIEL.name} <${daniel.userPrincipalName}>`);
    expect(await page.inputValue('#compose-subject')).toBe(`Micro-mentoring: ${topic}`);
    expect(Number(await page.getAttribute('#compose-start', 'data-ms'))).toBe(start);
    expect(Number(await page.getAttribute('#compose-end', 'data-ms'))).toBe(start + 60 * 60_000);
    const body = await page.inputValue('#compose-body');
    expect(body.startsWith('<!--micromentor-agenda-start-->')).toBe(true);
    expect(body).toContain('my slides for the board review');
    expect(body.endsWith('<p>My own notes for the session</p>')).toBe(true);

    // Filling again replaces our agenda in place (the port's setBody); the user's text stays once.
    await pane.getByTestId('fill-meeting').click();
    await waitForText(pane.locator('[data-step="body"][data-status="done"]'), 'replaced');
    const again = await page.inputValue('#compose-body');
    expect(again.split('<!--micromentor-agenda-start-->').length).toBe(2);
    expect(again.endsWith('<p>My own notes for the session</p>')).toBe(true);
    await page.screenshot({ path: path.join(__dirname, '..', '..', 'test-results', 'outlook-fill-meeting.png') });
    // The pane with each step's outcome and the Teams warning: axe in each theme and at 320 px.
    await checkScreen(page, '#surface-outlook', 'outlook-fill-meeting');

    // The Teams toggle on, then Send: the meeting's side panel shows the session, for the mentor too.
    await page.click('#compose-teams');
    await page.click('#compose-send');
    await waitForText(page.locator('#compose-status'), 'Sent');
    const { chatId } = await meetingOfComposed(emulator.personas().find((p) => p.role === 'mentee')!.id);
    const { sidePanel } = await openMeeting(page, url, 'mentor', { meeting: chatId });
    await waitForText(sidePanel.getByTestId('session-goal'), PRECISE_GOAL);
    await page.screenshot({ path: path.join(__dirname, '..', '..', 'test-results', 'outlook-sent-side-panel.png') });
  });

  it('sent without the Teams toggle: the pane warned, and My sessions says the session has no Teams meeting and what to do', async () => {
    const { page } = browser;
    await page.goto(`${url}?persona=mentee&surface=outlook&test-hooks`);
    await outlookFrame();
    const pane = page.frameLocator('#surface-outlook');
    await requestDanielInPane();
    await pane.getByTestId('fill-meeting').click();
    await waitForText(pane.locator('[data-step="session"][data-status="done"]'), 'Kept as a draft session');
    await waitForText(pane.getByTestId('teams-warning'), 'Switch on Teams meeting');
    await page.click('#compose-send');
    await waitForText(page.locator('#compose-status'), 'Sent');
    const eventId = await (await outlookFrame()).evaluate(() => window.__micromentorCompose!.saveAndGetItemId());

    await page.goto(`${url}?persona=mentee&surface=tab`);
    const tab = page.frameLocator('#surface-tab');
    await tab.getByRole('tab', { name: 'My sessions' }).click();
    const row = tab.locator(`[data-testid="session-row"][data-session-id="${composeSessionKey(eventId)}"]`);
    await waitForText(row.getByTestId('session-status'), 'No Teams meeting');
    await waitForText(row.getByTestId('meeting-problem'), 'switch on Teams meeting, send the update');
    await expect(row.getByText(PRECISE_GOAL).count()).resolves.toBe(1);
  });

  it('writes a precise request into a new message: Daniel on the To line, the proposed times, the text already there kept', async () => {
    const { page } = browser;
    await page.goto(`${url}?persona=mentee&surface=outlook&test-hooks`);
    await outlookFrame();
    await page.click('#compose-new-message');
    await page.waitForSelector('[data-testid="compose-form"][data-kind="message"]');
    const frame = await outlookFrame();
    await expect(frame.evaluate(() => window.__micromentorCompose!.kind)).resolves.toBe('message');
    await page.fill('#compose-body', '<p>Best, Priya</p>');
    const pane = page.frameLocator('#surface-outlook');
    await requestDanielInPane();
    await pane.getByTestId('write-request').click();
    // The chosen time and up to two more free ones that do not overlap it: how many more depends on
    // Daniel's calendar and caps in the days the directory has read, so on the day the test runs.
    const proposed = await waitForText(pane.locator('[data-step="body"][data-status="done"]'), 'is at the top of the body');
    expect(proposed).toMatch(/proposing [23] times/);
    const daniel = emulator.personas().find((p) => p.id === DANIEL.id)!;
    expect(await page.inputValue('#compose-to')).toBe(`${DANIEL.name} <${daniel.userPrincipalName}>`);
    expect(await page.inputValue('#compose-subject')).not.toBe('');
    const body = await page.inputValue('#compose-body');
    expect(body).toContain('my slides for the board review');
    expect(body.endsWith('<p>Best, Priya</p>')).toBe(true);
  });
});
