// Issue 14's acceptance, the numbers: the program manager (Sofia) opens the Program tab on the seeded
// organisation (a year of past sessions with results, and one pilot), and what the dashboard shows is
// what a direct count of the Sessions list through Graph gives; the CSV it downloads holds the same
// numbers as the screen; no session's goal leaves its record through the dashboard. (Publishing a
// consented story and an unconsented session appearing nowhere: success-stories.test.ts.)
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import type { Browser } from './browser';
import { GraphAs, PROGRAM_SITE_ID } from './graph-api';
import { startWorkbenchRun, type WorkbenchRun } from './workbench-run';
import * as flow from './tab-flow';

jest.setTimeout(300_000);

let run: WorkbenchRun;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  run = await startWorkbenchRun('program-insight');
  ({ browser, page, url } = run);
});

afterAll(() => run?.close());

afterEach(() => {
  expect(browser.errors).toEqual([]);
});

const tab = (): FrameLocator => flow.tabFrame(page);
/** The Program tab's screen (Find an expert, kept mounted, has test ids of the same names). */
const dash = () => tab().getByTestId('dashboard');

interface SessionFields {
  Topic: string;
  MenteeId: string;
  Result?: string | null;
  Goal?: string;
}

/** Every session item, read as any Graph client would (the emulator's tables are not touched). */
async function sessionsByGraph(): Promise<SessionFields[]> {
  const graph = await GraphAs.signIn(url, 'manager');
  const items = await graph.get<{ value: { fields: SessionFields }[]; '@odata.nextLink'?: string }>(
    `/sites/${encodeURIComponent(PROGRAM_SITE_ID)}/lists/Sessions/items?$expand=fields&$top=5000`,
  );
  expect(items['@odata.nextLink']).toBeUndefined();
  return items.value.map((i) => i.fields);
}

type Counts = Map<string, [number, number, number]>;

/** Met, partly and not yet per topic, counted straight from the list. */
function directResults(sessions: readonly SessionFields[]): Counts {
  const counts: Counts = new Map();
  for (const s of sessions) {
    const column = ['met', 'partly', 'not-yet'].indexOf(s.Result ?? '');
    if (column < 0) continue;
    const row = counts.get(s.Topic) ?? [0, 0, 0];
    row[column as 0 | 1 | 2] += 1;
    counts.set(s.Topic, row);
  }
  return counts;
}

/** The results table as the screen shows it, by its headers. */
async function resultsOnScreen(): Promise<Counts> {
  const table = dash().getByTestId('table-results');
  await table.waitFor();
  const rows = await table.locator('tbody tr[data-row]').evaluateAll((trs) =>
    trs.map((tr) => ({
      topic: tr.getAttribute('data-row') ?? '',
      cells: Object.fromEntries([...tr.querySelectorAll('[data-column]')].map((c) => [c.getAttribute('data-column'), c.textContent ?? ''])),
    })),
  );
  return new Map(rows.map((r) => [r.topic, [Number(r.cells.Met), Number(r.cells.Partly), Number(r.cells['Not yet'])] as [number, number, number]]));
}

/** One section of the downloaded CSV: the rows under its header line, up to the next blank line or title. */
function csvSection(csv: string, header: string): string[][] {
  const lines = csv.split(/\r\n/);
  const start = lines.indexOf(header);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  const width = header.split(',').length;
  for (const line of lines.slice(start + 1)) {
    const cells = line.split(',');
    if (cells.length !== width) break;
    rows.push(cells.map((c) => c.replace(/^"|"$/g, '')));
  }
  return rows;
}

async function openDashboard(): Promise<void> {
  await flow.openTab(page, url, 'manager', 'Program');
  await dash().waitFor({ timeout: 60_000 });
  // The whole history, not the default last twelve weeks.
  await dash().getByTestId('filter-clear').click();
  await dash().getByTestId('table-toggle-results').click();
}

describe('Program dashboard on the seeded organisation (acceptance)', () => {
  it('shows the numbers a direct count of the Sessions list gives, in total, per topic and per department', async () => {
    const sessions = await sessionsByGraph();
    // The seed's history: a year of sessions, most with a result.
    expect(sessions.length).toBeGreaterThanOrEqual(300);
    const direct = directResults(sessions);
    expect(direct.size).toBeGreaterThan(5);

    await openDashboard();
    expect(Number(await dash().getByTestId('figure-sessions').textContent())).toBe(sessions.length);
    expect(await resultsOnScreen()).toEqual(direct);

    // One topic: the count and the results of that topic only.
    const [topic] = [...direct.keys()].sort();
    await dash().getByTestId('filter-topic').selectOption(topic!);
    expect(Number(await dash().getByTestId('figure-sessions').textContent())).toBe(sessions.filter((s) => s.Topic === topic).length);
    expect(await resultsOnScreen()).toEqual(new Map([[topic!, direct.get(topic!)!]]));
    await dash().getByTestId('filter-topic').selectOption('');

    // One department: the mentees' departments as the directory holds them.
    const graph = await GraphAs.signIn(url, 'manager');
    const users = await graph.get<{ value: { id: string; department?: string | null }[] }>('/users?$select=id,department&$top=999');
    const departmentOf = new Map(users.value.map((u) => [u.id, u.department ?? '']));
    const departments = await dash().getByTestId('filter-department').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(departments.length).toBeGreaterThan(1);
    const department = departments[0]!;
    await dash().getByTestId('filter-department').selectOption(department);
    const ofDepartment = sessions.filter((s) => departmentOf.get(s.MenteeId) === department);
    expect(ofDepartment.length).toBeGreaterThan(0);
    expect(Number(await dash().getByTestId('figure-sessions').textContent())).toBe(ofDepartment.length);
    expect(await resultsOnScreen()).toEqual(directResults(ofDepartment));
  });

  it('downloads a CSV holding the numbers on screen, and no session goal is on the screen or in the CSV', async () => {
    const sessions = await sessionsByGraph();
    await openDashboard();
    const onScreen = await resultsOnScreen();
    const total = await dash().getByTestId('figure-sessions').textContent();

    const [download] = await Promise.all([page.waitForEvent('download'), dash().getByTestId('download-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^micromentor-dashboard-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');

    const results = csvSection(csv, 'Topic,Met,Partly,Not yet');
    expect(new Map(results.map(([t, met, partly, notYet]) => [t!, [Number(met), Number(partly), Number(notYet)] as [number, number, number]]))).toEqual(onScreen);
    expect(csvSection(csv, 'Figure,Value').find(([figure]) => figure === 'Sessions')?.[1]).toBe(total);

    const text = `${csv}\n${await dash().innerText()}`;
    for (const goal of new Set(sessions.map((s) => s.Goal).filter((g): g is string => !!g))) expect(text).not.toContain(goal);
  });
});
