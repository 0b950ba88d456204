// Opening the workbench in a Teams meeting, as the mentee or the mentor, for the browser tests and
// the benchmarks of the meeting surfaces (assertions stay with the callers). The workbench seeds the
// live demo meeting (emulator/seed-demo-meeting.ts): Priya and Daniel's scheduled session from the
// next quarter hour, and a meeting of Daniel's that holds no session (the attach flow).
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { ATTACH_MEETING, DEMO_MEETING, teamsMeetingIdOf } from '../../emulator/seed-demo-meeting';
import type { Browser } from './browser';

export { ATTACH_MEETING, DEMO_MEETING, teamsMeetingIdOf };

export const SIDE_PANEL_FRAME = '#surface-side-panel';
export const CHAT_TAB_FRAME = '#surface-chat-tab';
export const STAGE_FRAME = '#surface-stage';
export const MEETING_SELECT = '#meeting-select';

export type MeetingPersona = 'mentee' | 'mentor' | 'manager';
/** `all` shows every surface (tab and Outlook too); the others show one meeting surface alone. */
export type MeetingSurface = 'side-panel' | 'chat-tab' | 'stage' | 'all';

export interface MeetingOptions {
  /** The meeting chat's thread id (or Teams meeting id); default the demo session's meeting. */
  meeting?: string;
  /** Default `side-panel`: the side panel alone (and the stage once it is shared). */
  surface?: MeetingSurface;
  theme?: 'default' | 'dark' | 'contrast';
}

/** The meeting as Teams names it in the frames' context. */
export interface MeetingIds {
  chatId: string;
  meetingId: string;
}

export const sidePanelFrame = (page: Page): FrameLocator => page.frameLocator(SIDE_PANEL_FRAME);
export const chatTabFrame = (page: Page): FrameLocator => page.frameLocator(CHAT_TAB_FRAME);
export const stageFrame = (page: Page): FrameLocator => page.frameLocator(STAGE_FRAME);

/** The workbench address for a persona in a meeting: `?persona=mentor&meeting=<chat id>&surface=side-panel`. */
export function meetingUrl(base: string, persona: MeetingPersona, options: MeetingOptions = {}): string {
  const target = new URL(base);
  target.searchParams.set('persona', persona);
  target.searchParams.set('meeting', options.meeting ?? DEMO_MEETING.chatId);
  const surface = options.surface ?? 'side-panel';
  if (surface !== 'all') target.searchParams.set('surface', surface);
  if (options.theme) target.searchParams.set('theme', options.theme);
  return target.href;
}

/** Waits until the frame asked Teams for its context and got this meeting's; returns the frame element. */
export async function waitForMeetingFrame(page: Page, selector: string, chatId: string): Promise<Locator> {
  const frame = page.locator(`${selector}[data-teams-chat-id="${chatId}"]`);
  await frame.waitFor({ state: 'attached' });
  return frame;
}

/** What the frame was given by the workbench's Teams host (frame context, chat id, meeting id). */
export async function frameContextOf(page: Page, selector: string): Promise<{ frameContext?: string; chatId?: string; meetingId?: string }> {
  return page.locator(selector).evaluate((el) => {
    const d = (el as HTMLElement).dataset;
    return { frameContext: d.teamsFrameContext, chatId: d.teamsChatId, meetingId: d.teamsMeetingId };
  });
}

/**
 * Opens the workbench signed in as `persona` in the meeting, and waits until the meeting surface
 * shown has its Teams context (the side panel by default). Returns the frames and the meeting's ids.
 */
export async function openMeeting(
  page: Page,
  url: string,
  persona: MeetingPersona,
  options: MeetingOptions = {},
): Promise<{ sidePanel: FrameLocator; chatTab: FrameLocator; stage: FrameLocator; ids: MeetingIds }> {
  await page.goto(meetingUrl(url, persona, options));
  const select = page.locator(MEETING_SELECT);
  await select.waitFor();
  const ids: MeetingIds = { chatId: (await select.getAttribute('data-chat-id'))!, meetingId: (await select.getAttribute('data-meeting-id'))! };
  const surface = options.surface ?? 'side-panel';
  const waitFor = surface === 'chat-tab' ? CHAT_TAB_FRAME : surface === 'stage' ? STAGE_FRAME : SIDE_PANEL_FRAME;
  await waitForMeetingFrame(page, waitFor, ids.chatId);
  return { sidePanel: sidePanelFrame(page), chatTab: chatTabFrame(page), stage: stageFrame(page), ids };
}

/** Waits for the stage to appear (after "Share to stage" on any workbench page in the meeting). */
export async function waitForStage(page: Page, chatId: string = DEMO_MEETING.chatId): Promise<FrameLocator> {
  await waitForMeetingFrame(page, STAGE_FRAME, chatId);
  return stageFrame(page);
}

/**
 * A second page in the same browser (so it shares the stage with the first, as one meeting does),
 * whose uncaught errors and CSP violations count as the first page's do.
 */
export async function secondPage(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => browser.errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) browser.errors.push(message.text());
  });
  return page;
}

/** The mentee (browser.page) and the mentor (a second page) in the same meeting, each in the side panel. */
export async function openBothSides(
  browser: Browser,
  url: string,
  options: MeetingOptions = {},
): Promise<{ mentee: Page; mentor: Page; menteePanel: FrameLocator; mentorPanel: FrameLocator; ids: MeetingIds }> {
  const mentor = await secondPage(browser);
  const [a, b] = await Promise.all([openMeeting(browser.page, url, 'mentee', options), openMeeting(mentor, url, 'mentor', options)]);
  return { mentee: browser.page, mentor, menteePanel: a.sidePanel, mentorPanel: b.sidePanel, ids: a.ids };
}
