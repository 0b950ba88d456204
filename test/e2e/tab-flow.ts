// The mentee's path through the Teams tab in the workbench, step by step, for the browser tests
// and the benchmarks alike (assertions stay with the callers).
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { PERSONA_PEOPLE } from '../../emulator/seed-people';

export const TAB_FRAME = '#surface-tab';
const { mentor, mentee } = PERSONA_PEOPLE;
/** Daniel Okafor, the demo mentor: presentation coaching and public speaking, 60-minute sessions. */
export const DANIEL = { id: mentor.id, name: `${mentor.givenName} ${mentor.surname}` };
export const MENTEE_ID = mentee.id;
/** A question (not a topic name) that the vocabulary reads as presentation coaching and public speaking. */
export const QUESTION = 'How do I get better at presenting my slides to the board?';
export const PRECISE_GOAL = 'Could I schedule 60 minutes to get your feedback on my slides for the board review?';
export const SUCCESS = 'A clear storyline and three slides I can cut';

export const tabFrame = (page: Page): FrameLocator => page.frameLocator(TAB_FRAME);

export function mentorCard(page: Page, mentorId: string): Locator {
  return tabFrame(page).locator(`[data-testid="mentor-card"][data-mentor-id="${mentorId}"]`);
}

/** The workbench signed in as a persona, on one of the tab's tabs. */
export async function openTab(page: Page, url: string, persona: 'mentee' | 'mentor' | 'manager', tabName = 'Find an expert'): Promise<void> {
  const target = new URL(url);
  target.searchParams.set('persona', persona);
  await page.goto(target.href);
  const tab = tabFrame(page).getByRole('tab', { name: tabName });
  await tab.click();
  await tabFrame(page).locator('[role="tab"][aria-selected="true"]', { hasText: tabName }).waitFor();
}

/** Searches the directory and waits for the mentor's card with its next free slot. */
export async function findMentor(page: Page, query: string, mentorId = DANIEL.id): Promise<Locator> {
  await tabFrame(page).getByTestId('directory-search').fill(query);
  const card = mentorCard(page, mentorId);
  await card.getByTestId('next-slot').waitFor();
  return card;
}

/** Opens the mentor from their card (the detail screen, with its free times listed). */
export async function openMentor(page: Page, card: Locator): Promise<Locator> {
  await card.getByRole('button', { name: /See times/ }).click();
  const firstSlot = tabFrame(page).getByTestId('mentor-detail').getByTestId('slot-option').first();
  await firstSlot.waitFor();
  return firstSlot;
}

/** Picks a free time on the mentor detail screen; returns its start (epoch ms) once the request form shows. */
export async function pickSlot(page: Page, slot: Locator): Promise<number> {
  const start = Number(await slot.getAttribute('data-start'));
  await slot.click();
  await tabFrame(page).getByTestId('request-goal').waitFor();
  return start;
}

/** Fills a request that needs no coaching. */
export async function fillPreciseRequest(page: Page): Promise<void> {
  await tabFrame(page).getByTestId('request-goal').fill(PRECISE_GOAL);
  await tabFrame(page).getByTestId('request-success').fill(SUCCESS);
}

/** Books the session from the request form and waits for the booked panel. */
export async function bookAndWaitDone(page: Page): Promise<void> {
  await tabFrame(page).getByTestId('book-button').click();
  await tabFrame(page).getByTestId('booking-done').waitFor({ timeout: 30_000 });
}
