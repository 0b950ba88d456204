// The workbench signs in as anyone of the demo organisation, not only the three personas: by
// `?persona=<userPrincipalName or id>` and with the searchable picker beside the personas. The tab
// then greets that person and talks to (emulated) Microsoft 365 as them.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Emulator } from '../../emulator/emulator';
import { startWorkbench } from '../../workbench/server';
import { launchBrowser, waitForText, type Browser } from './browser';
import { GraphAs } from './graph-api';

jest.setTimeout(120_000);

let server: Server;
let emulator: Emulator;
let url: string;
let browser: Browser;
let dbDir: string;

beforeAll(async () => {
  dbDir = mkdtempSync(path.join(tmpdir(), 'workbench-anyone-'));
  ({ server, url, emulator } = await startWorkbench({ port: 0, distDir: path.join(__dirname, '..', '..', 'dist'), dbPath: path.join(dbDir, 'graph.sqlite'), demoMeeting: false }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dbDir, { recursive: true, force: true });
});

afterEach(() => {
  expect(browser.errors).toEqual([]);
});

/** Two people of the demo organisation who are none of the three personas. */
async function others(): Promise<{ id: string; displayName: string; userPrincipalName: string }[]> {
  const personaIds = new Set(emulator.personas().map((p) => p.id));
  const graph = await GraphAs.signIn(url, 'mentee');
  const users = (await graph.get<{ value: { id: string; displayName: string; userPrincipalName: string }[] }>('/users?$top=50&$select=id,displayName,userPrincipalName')).value;
  return users.filter((u) => !personaIds.has(u.id)).slice(0, 2);
}

describe('workbench: signing in as anyone', () => {
  it('signs in as a person named by ?persona=<userPrincipalName>, and the tab greets them and reads Microsoft 365 as them', async () => {
    const [person] = await others();
    const { page } = browser;
    await page.goto(`${url}?persona=${encodeURIComponent(person!.userPrincipalName)}&surface=tab`);
    const tab = page.frameLocator('#surface-tab');
    await waitForText(tab.getByTestId('signed-in-user'), `Signed in as ${person!.displayName}`);
    await waitForText(tab.getByTestId('graph-status'), `Connected to Microsoft 365 as ${person!.displayName}`);
    await waitForText(page.locator('#persona-select'), `Someone else: ${person!.displayName}`);
  });

  it('signs in as a person picked by name in the picker, and back as a persona', async () => {
    const [, person] = await others();
    const { page } = browser;
    await page.goto(`${url}?surface=tab`);
    const tab = page.frameLocator('#surface-tab');
    await waitForText(tab.getByTestId('signed-in-user'), 'Signed in as Priya Natarajan');
    await page.locator('#person-search').click();
    await page.locator('#person-search').pressSequentially(person!.displayName.split(' ')[0]!);
    await page.getByRole('option', { name: new RegExp(`^${person!.displayName}`) }).first().click();
    await waitForText(tab.getByTestId('signed-in-user'), `Signed in as ${person!.displayName}`);
    await waitForText(tab.getByTestId('graph-status'), `Connected to Microsoft 365 as ${person!.displayName}`);
    await page.selectOption('#persona-select', 'mentor');
    await waitForText(tab.getByTestId('signed-in-user'), 'Signed in as Daniel Okafor');
  });

  it('says so and signs in as the mentee when ?persona= names no one', async () => {
    const { page } = browser;
    await page.goto(`${url}?persona=nobody%40contoso.example&surface=tab`);
    await waitForText(page.locator('body'), 'No one in the demo organisation is "nobody@contoso.example"');
    await waitForText(page.frameLocator('#surface-tab').getByTestId('signed-in-user'), 'Signed in as Priya Natarajan');
  });
});
