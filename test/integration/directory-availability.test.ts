// The directory and mentors' availability against the emulator, counting round trips in its log.
import { getAvailability } from '../../src/graph/availability';
import { getPhoto, listMentors } from '../../src/graph/mentor-directory';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, noWait } from './gateway-harness';

jest.setTimeout(60000);

const MENTORS = { siteId: PROGRAM_SITE.siteId, list: 'Mentors' };
const NOW = Date.parse('2030-01-07T00:00:00Z');
const DAY = 86_400_000;

async function allMentorEmails(emu: TestEmulator): Promise<string[]> {
  const graph = connectAs(emu, 'mentee');
  const emails: string[] = [];
  let next: string | undefined;
  do {
    const page = await listMentors(graph, MENTORS, { pageSize: 100, next });
    emails.push(...page.mentors.map((m) => m.email));
    next = page.next;
  } while (next);
  return emails;
}

describe('the mentor directory', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator({ clock: () => NOW });
  });
  afterAll(() => emu.close());

  it('joins list profiles with directory data, page by page', async () => {
    const graph = connectAs(emu, 'mentee');
    const first = await listMentors(graph, MENTORS, { pageSize: 10 });
    expect(first.mentors).toHaveLength(10);
    expect(first.next).toBeDefined();
    const daniel = first.mentors.find((m) => m.displayName === 'Daniel Okafor');
    expect(daniel).toMatchObject({ email: 'daniel.okafor@contoso.example', department: expect.any(String), jobTitle: expect.any(String) });
    expect(daniel!.topics.length).toBeGreaterThan(0);
    const second = await listMentors(graph, MENTORS, { next: first.next });
    expect(second.mentors.map((m) => m.userId)).not.toContain(daniel!.userId);
    expect(second.mentors.every((m) => m.active)).toBe(true);
  });

  it('fetches a photo, and reports none for someone without one', async () => {
    const graph = connectAs(emu, 'mentee');
    const [mentor] = (await listMentors(graph, MENTORS, { pageSize: 1 })).mentors;
    const photo = await getPhoto(graph, mentor!.userId);
    expect(photo).toBeDefined();
    const bytes = new Uint8Array(await photo!.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(await getPhoto(graph, '00000000-0000-0000-0000-000000000000')).toBeUndefined();
  });
});

describe("mentors' availability", () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator({ mentors: 1200, clock: () => NOW }); // some are inactive
  });
  afterAll(() => emu.close());

  it('reads 100 mentors in one $batch and maps busy time and working hours', async () => {
    const emails = (await allMentorEmails(emu)).slice(0, 100);
    await fetch(`${emu.url}/_emulator/requests`, { method: 'DELETE' });
    const result = await getAvailability(connectAs(emu, 'mentee'), { emails, start: NOW, end: NOW + 14 * DAY });
    const log = await emu.requests();
    expect(log.filter((r) => r.path === '/v1.0/$batch')).toHaveLength(1);
    expect(log.filter((r) => r.batchId !== undefined && r.path.endsWith('/getSchedule'))).toHaveLength(5);
    expect(result.size).toBe(100);
    const someone = [...result.values()].find((p) => p.busy.length > 0)!;
    expect(someone.busy[0]).toEqual({ start: expect.any(Number), end: expect.any(Number), status: expect.stringMatching(/busy|tentative|oof|free|workingElsewhere/) });
    expect(someone.workingHours?.zone).toMatch(/^[A-Z][a-z]+\/[A-Za-z_]+$|^UTC$/); // IANA, not Windows
    expect(someone.workingHours?.start).toMatch(/^\d\d:\d\d$/);
  });

  it('reads 1,000 mentors in three $batch calls with never more than 4 calendar requests in flight', async () => {
    const emails = await allMentorEmails(emu);
    expect(emails.length).toBeGreaterThanOrEqual(1000);
    await fetch(`${emu.url}/_emulator/requests`, { method: 'DELETE' });
    const progress: number[] = [];
    const result = await getAvailability(connectAs(emu, 'mentee'), { emails: emails.slice(0, 1000), start: NOW, end: NOW + 14 * DAY, onProgress: (done) => progress.push(done) });
    expect(result.size).toBe(1000);
    const log = await emu.requests();
    expect(log.filter((r) => r.path === '/v1.0/$batch')).toHaveLength(3);
    expect(Math.max(...log.map((r) => r.calendarInFlight ?? 0))).toBeLessThanOrEqual(4);
    expect(log.some((r) => r.status === 429)).toBe(false);
    expect(progress).toEqual([20, 40, 50]);
  });

  it('retries getSchedule requests Outlook throttled inside a batch, and names unknown people', async () => {
    const emails = (await allMentorEmails(emu)).slice(0, 40);
    await emu.faults([{ path: '/calendar/getSchedule$', status: 429, retryAfterSeconds: 1, times: 1 }]);
    const waits: number[] = [];
    const result = await getAvailability(connectAs(emu, 'mentee'), { emails: [...emails, 'nobody@contoso.example'], start: NOW, end: NOW + 7 * DAY }, async (ms) => void waits.push(ms));
    expect(waits).toEqual([1000]);
    expect(result.size).toBe(41);
    expect(result.get('nobody@contoso.example')?.problem).toBeDefined();
  });

  it('splits a window of 62 days or more into requests Graph accepts', async () => {
    const emails = (await allMentorEmails(emu)).slice(0, 3);
    const result = await getAvailability(connectAs(emu, 'mentee'), { emails, start: NOW, end: NOW + 90 * DAY });
    expect(result.size).toBe(3);
    await expect(getAvailability(connectAs(emu, 'mentee'), { emails, start: NOW, end: NOW }, noWait)).rejects.toMatchObject({ code: 'invalid' });
  });
});
