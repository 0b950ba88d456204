// The workbench hosts the meeting surfaces the way Teams does: the side panel, the chat tab and the
// stage get the meeting's chat id and Teams meeting id; sharing to the stage shows it on every page
// in the meeting; the picker opens any meeting of the persona.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startWorkbench } from '../../workbench/server';
import { launchBrowser, waitForValue, type Browser } from './browser';
import * as meeting from './meeting-flow';
import { ATTACH_MEETING, DEMO_MEETING, teamsMeetingIdOf } from './meeting-flow';

jest.setTimeout(120_000);

let browser: Browser;
let server: Server;
let url: string;
let dbDir: string;

beforeAll(async () => {
  dbDir = mkdtempSync(path.join(tmpdir(), 'side-panel-workbench-'));
  ({ server, url } = await startWorkbench({ port: 0, distDir: path.join(__dirname, '..', '..', 'dist'), dbPath: path.join(dbDir, 'graph.sqlite') }));
  browser = await launchBrowser();
  browser.page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dbDir, { recursive: true, force: true });
});

const demoIds = { chatId: DEMO_MEETING.chatId, meetingId: teamsMeetingIdOf(DEMO_MEETING.chatId) };

describe('the workbench in a Teams meeting', () => {
  it('gives the side panel and the chat tab the demo meeting, and shows a shared stage on both pages in it', async () => {
    const { page } = browser;
    const { ids } = await meeting.openMeeting(page, url, 'mentor', { surface: 'all' });
    expect(ids).toEqual(demoIds);
    expect(await meeting.frameContextOf(page, meeting.SIDE_PANEL_FRAME)).toEqual({ frameContext: 'sidePanel', ...demoIds });
    await meeting.waitForMeetingFrame(page, meeting.CHAT_TAB_FRAME, DEMO_MEETING.chatId);
    expect(await meeting.frameContextOf(page, meeting.CHAT_TAB_FRAME)).toEqual({ frameContext: 'content', ...demoIds });
    // The directory tab is not in a meeting.
    await waitForValue(() => meeting.frameContextOf(page, '#surface-tab').then((c) => c.frameContext), 'content');
    expect((await meeting.frameContextOf(page, '#surface-tab')).chatId).toBe('');

    // The mentee's page in the same meeting; the side panel there asks Teams to share to the stage.
    const mentee = await meeting.secondPage(browser);
    try {
      await meeting.openMeeting(mentee, url, 'mentee');
      const panel = mentee.frames().find((f) => f.url().includes('/side-panel.html'))!;
      const answer = await panel.evaluate(
        () =>
          new Promise((resolve) => {
            window.addEventListener('message', (e) => (e.data as { id?: number }).id === 9999 && resolve((e.data as { args: unknown[] }).args));
            window.parent.postMessage({ id: 9999, uuidAsString: crypto.randomUUID(), func: 'meeting.shareAppContentToStage', args: [`${location.origin}/side-panel.html`, { sharingProtocol: 'Collaborative' }] }, location.origin);
          }),
      );
      expect(answer).toEqual([null, true]);
      for (const p of [mentee, page]) {
        await meeting.waitForStage(p);
        expect(await meeting.frameContextOf(p, meeting.STAGE_FRAME)).toEqual({ frameContext: 'meetingStage', ...demoIds });
      }
    } finally {
      await mentee.close();
    }
  });

  it("lists the persona's meetings and opens the one picked, one without a session among them", async () => {
    const { page } = browser;
    await meeting.openMeeting(page, url, 'mentor');
    const offered = await page.locator(`${meeting.MEETING_SELECT} option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(expect.arrayContaining([DEMO_MEETING.chatId, ATTACH_MEETING.chatId]));
    await page.selectOption(meeting.MEETING_SELECT, ATTACH_MEETING.chatId);
    await meeting.waitForMeetingFrame(page, meeting.SIDE_PANEL_FRAME, ATTACH_MEETING.chatId);
    expect(await meeting.frameContextOf(page, meeting.SIDE_PANEL_FRAME)).toEqual({ frameContext: 'sidePanel', chatId: ATTACH_MEETING.chatId, meetingId: teamsMeetingIdOf(ATTACH_MEETING.chatId) });
    // And by address, as a second browser page would open it.
    const { ids } = await meeting.openMeeting(page, url, 'mentor', { meeting: ATTACH_MEETING.chatId, surface: 'chat-tab' });
    expect(ids.chatId).toBe(ATTACH_MEETING.chatId);
    expect(await page.locator(meeting.SIDE_PANEL_FRAME).count()).toBe(0);
  });
});
