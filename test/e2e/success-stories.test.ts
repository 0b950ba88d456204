// Success stories in the workbench: the program manager (Sofia) publishes the story of a session
// whose mentee consented; anyone else reads it under "What 45 minutes did"; the goal of a session
// whose mentee did not consent appears on neither screen. Both screens are checked with axe in each
// theme and at 320 px, and photographed into test-results/screens/.
import type { FrameLocator, Page } from 'playwright-core';
import { waitForText } from './browser';
import { GraphAs, PROGRAM_SITE_ID } from './graph-api';
import { checkScreen } from './screens';
import * as flow from './tab-flow';
import { DANIEL, MENTEE_ID } from './tab-flow';
import { startWorkbenchRun, type WorkbenchRun } from './workbench-run';

jest.setTimeout(240_000);

const CONSENTED_GOAL = 'Prepare the renewal negotiation with our largest supplier';
const SECRET_GOAL = 'Decide whether to tell my manager I am applying elsewhere';

let run: WorkbenchRun;
let page: Page;
let url: string;

beforeAll(async () => {
  run = await startWorkbenchRun('success-stories');
  ({ page, url } = run);
});

afterAll(async () => {
  await run?.close();
});

const tab = (): FrameLocator => flow.tabFrame(page);

/** A held session of Priya's with Daniel, with its result, written as the app writes it. */
async function heldSession(key: string, goal: string, consent: boolean): Promise<void> {
  const graph = await GraphAs.signIn(url, 'mentee');
  const start = Date.now() - 20 * 86_400_000;
  await graph.call('POST', `/sites/${PROGRAM_SITE_ID}/lists/Sessions/items`, {
    fields: {
      Title: goal,
      SessionKey: key,
      MenteeId: MENTEE_ID,
      MentorId: DANIEL.id,
      Topic: 'negotiation',
      Goal: goal,
      Context: '',
      Success: 'A walk-away point and two trades I can offer',
      Format: 'one-time',
      TimeBoxMinutes: 45,
      StartUtc: new Date(start).toISOString(),
      EndUtc: new Date(start + 45 * 60_000).toISOString(),
      Status: 'completed',
      Checklists: '{"items":{}}',
      AgreedActions: JSON.stringify([{ id: 'a1', text: 'Write down the walk-away price before the call', owner: 'Priya Natarajan', role: 'mentee' }]),
      Result: 'met',
      ThankYouSent: true,
      ShareStory: consent,
    },
  });
}

/** A person of the demo organisation who is neither the story's mentee nor its mentor, nor the program manager. */
async function someoneElse(): Promise<{ userPrincipalName: string }> {
  const graph = await GraphAs.signIn(url, 'manager');
  const users = (await graph.get<{ value: { id: string; userPrincipalName: string }[] }>('/users?$top=20&$select=id,userPrincipalName')).value;
  return users.find((u) => u.id !== MENTEE_ID && u.id !== DANIEL.id && !u.userPrincipalName.startsWith('sofia.'))!;
}

describe('Success stories', () => {
  it('the program manager publishes a consented session’s story, and anyone else reads it; an unconsented session appears nowhere', async () => {
    await heldSession('e2e-story-consented', CONSENTED_GOAL, true);
    await heldSession('e2e-story-secret', SECRET_GOAL, false);

    await flow.openTab(page, url, 'manager', 'Stories');
    const editor = tab().locator('[data-testid="story-editor"][data-session-key="e2e-story-consented"]');
    await editor.waitFor();
    expect(await editor.getByTestId('story-edit-goal').inputValue()).toBe(CONSENTED_GOAL);
    expect(await tab().locator('body').innerText()).not.toContain(SECRET_GOAL);
    await checkScreen(page, flow.TAB_FRAME, 'stories-publish');

    await editor.getByTestId('story-publish').click();
    await waitForText(editor.getByTestId('story-status'), 'Published');
    await waitForText(editor.getByTestId('story-note'), 'Published');

    // Someone who is none of the story's people reads the tab as everyone does.
    const reader = await someoneElse();
    await page.goto(`${url}?persona=${encodeURIComponent(reader.userPrincipalName)}`);
    await tab().getByRole('tab', { name: 'Stories' }).click();
    const card = tab().getByTestId('story-card').filter({ hasText: CONSENTED_GOAL });
    await card.waitFor();
    expect(await card.innerText()).not.toMatch(/Priya|Natarajan|Daniel|Okafor/);
    expect(await tab().locator('body').innerText()).not.toContain(SECRET_GOAL);
    expect(await tab().getByTestId('manage-stories').count()).toBe(0);
    await checkScreen(page, flow.TAB_FRAME, 'stories-read');
  });
});
