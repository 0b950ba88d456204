// Issue 15's acceptance in the workbench: on an empty program site the mentee is told the program is
// not set up yet (who to ask, not an error); the program manager Sofia sees Set up the program, presses
// it, and every list is created with the schema's columns; then Daniel joins as a mentor through
// "Become a mentor", and the mentee Priya finds him and books a session. Each set-up screen is checked
// with axe in each theme and at 320 px.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Emulator } from '../../emulator/emulator';
import { PROGRAM_SCHEMA } from '../../src/domain/program-schema';
import { startWorkbench } from '../../workbench/server';
import { launchBrowser, waitForText, type Browser } from './browser';
import { GraphAs } from './graph-api';
import { checkScreen } from './screens';
import * as flow from './tab-flow';
import { DANIEL, MENTEE_ID, QUESTION } from './tab-flow';

jest.setTimeout(240_000);

const DIST = path.join(__dirname, '..', '..', 'dist');
const SITE = 'contoso.sharepoint.com,2f7a1c3e-5b9d-4e21-8f6a-1c2d3e4f5a6b,8e9d0c1b-2a3f-4b5c-9d8e-7f6a5b4c3d2e';

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
  dbDir = mkdtempSync(path.join(tmpdir(), 'program-setup-'));
  ({ server, url, emulator } = await startWorkbench({ port: 0, distDir: DIST, dbPath: path.join(dbDir, 'graph.sqlite'), demoMeeting: false, emptySite: true }));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dbDir, { recursive: true, force: true });
});

const tab = () => flow.tabFrame(page);

async function openAs(persona: 'mentee' | 'manager'): Promise<void> {
  const target = new URL(url);
  target.searchParams.set('persona', persona);
  await page.goto(target.href);
}

it('tells the mentee the program is not set up yet, and who to ask', async () => {
  await openAs('mentee');
  await tab().getByRole('heading', { name: 'Your program is not set up yet' }).waitFor();
  await tab().getByText(/Ask sofia\.lindqvist@contoso\.example to open Micromentor and press Set up the program/).waitFor();
  expect(await tab().getByTestId('error-state').count()).toBe(0);
  await checkScreen(page, flow.TAB_FRAME, 'program-not-set-up');
});

it('lets the program manager set up the program, list by list', async () => {
  await openAs('manager');
  const setup = tab().getByTestId('program-setup');
  await setup.getByTestId('lists-to-create').waitFor();
  await setup.getByText(/https:\/\/contoso\.sharepoint\.com\/sites\/micromentor/).waitFor();
  expect(await setup.getByTestId('lists-to-create').locator('li').count()).toBe(PROGRAM_SCHEMA.lists.length);
  await checkScreen(page, flow.TAB_FRAME, 'program-setup');

  await setup.getByRole('button', { name: 'Set up the program' }).click();
  await setup.getByText('The program is set up').waitFor({ timeout: 60_000 });
  const done = await setup.getByTestId('setup-progress').locator('li[data-state="done"]').count();
  expect(done).toBe(PROGRAM_SCHEMA.lists.length);
  await checkScreen(page, flow.TAB_FRAME, 'program-set-up');

  // What Microsoft 365 holds: every list of the schema, and the version.
  const sofia = await GraphAs.signIn(url, 'manager');
  const lists = await sofia.get<{ value: { name: string }[] }>(`/sites/${SITE}/lists`);
  expect(lists.value.map((l) => l.name).sort()).toEqual(PROGRAM_SCHEMA.lists.map((l) => l.name).sort());

  await setup.getByRole('button', { name: 'Open Micromentor' }).click();
  await tab().getByRole('tab', { name: 'Find an expert' }).waitFor();
  await tab().getByRole('button', { name: 'Check the program site' }).click();
  await tab().getByText('The program site has what Micromentor needs').waitFor();
  await checkScreen(page, flow.TAB_FRAME, 'program-site-checked');
});

it('then the mentee can book a session with a mentor who offers one', async () => {
  // Daniel, not yet a mentor of the new program, joins through "Become a mentor" in the tab.
  await flow.openTab(page, url, 'mentor', 'Become a mentor');
  const offer = tab().getByTestId('mentor-offer');
  await offer.waitFor();
  await waitForText(offer.getByRole('heading', { level: 2 }), 'Become a mentor');
  await checkScreen(page, flow.TAB_FRAME, 'become-a-mentor');
  await offer.getByRole('switch').check();
  await offer.getByRole('checkbox', { name: 'public speaking' }).check();
  await offer.getByRole('checkbox', { name: 'presentation coaching' }).check();
  await offer.getByRole('checkbox', { name: '60 minutes' }).check();
  await tab().getByTestId('save-offer').click();
  await tab().getByTestId('offer-saved').waitFor();
  const profile = (await (await GraphAs.signIn(url, 'mentor')).mentorItem(DANIEL.id))!.fields;
  expect(profile).toMatchObject({ MentorUserId: DANIEL.id, Active: true });

  await flow.openTab(page, url, 'mentee');
  const card = await flow.findMentor(page, QUESTION);
  const slot = await flow.openMentor(page, card);
  await flow.pickSlot(page, slot);
  await flow.fillPreciseRequest(page);
  await flow.bookAndWaitDone(page);
  const priya = await GraphAs.signIn(url, 'mentee');
  const sessions = await priya.sessions();
  expect(sessions.map((s) => [s.fields.MenteeId, s.fields.MentorId, s.fields.Status])).toEqual([[MENTEE_ID, DANIEL.id, 'scheduled']]);
  expect(emulator.seededAt()).toBeGreaterThan(0);
});
