// The directory's warm-up against the emulator: a returning viewer's first page (people, counts,
// calendars) is read from memory beside the list, each person once, and a changed page or a failed
// early read still gives the right first page.
import { emulatorTokenSource } from '../../src/auth/emulator-sign-in';
import { createGraphClient } from '../../src/graph/graph-client';
import { listMentors } from '../../src/graph/mentor-directory';
import { warmUpDirectory, type FirstCardsMemory, type RememberedMentor } from '../../src/hosts/tab/directory-warm-up';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { connectAs, PROGRAM_SITE } from './gateway-harness';
import { NOW } from './tab-harness';

const MENTORS = { siteId: PROGRAM_SITE.siteId, list: 'Mentors' };
const VIEWER = 'priya.natarajan@contoso.example';

let emu: TestEmulator;

beforeAll(async () => {
  emu = await startTestEmulator({ mentors: 120, clock: () => NOW });
});

afterAll(async () => {
  await emu.close();
});

beforeEach(async () => {
  await emu.faults([]);
});

function memory(initial: RememberedMentor[] = []): FirstCardsMemory & { kept: RememberedMentor[] } {
  const box = {
    kept: initial,
    recall: () => box.kept,
    remember: (mentors: RememberedMentor[]) => void (box.kept = mentors),
  };
  return box;
}

/** Signed in as the mentee; `retries: false` lets a failed read stay failed. */
function mentee(retries = true) {
  return retries
    ? connectAs(emu, 'mentee')
    : createGraphClient({ baseUrl: emu.graphUrl, tokens: emulatorTokenSource({ origin: emu.url, user: 'mentee' }), retry: { maxRetries: 0 } });
}

async function warmUp(mem: FirstCardsMemory, graph = mentee()) {
  const warm = warmUpDirectory({ graph, mentors: MENTORS, site: PROGRAM_SITE, viewerEmail: VIEWER, now: () => NOW, memory: mem });
  const page = await warm.takeFirstPage()!;
  return { warm, page };
}

/** Inner requests of $batch since `since` that looked up one person. */
async function userLookups(since: number): Promise<string[]> {
  return (await emu.requests()).slice(since).filter((r) => r.batchId !== undefined && /^\/v1\.0\/users\/[^/]+$/.test(r.path.split('?')[0]!)).map((r) => r.path);
}

describe('directory warm-up', () => {
  it("remembers the first page and, on the next visit, reads each of its people once, with the same result as a plain listing", async () => {
    const mem = memory();
    const first = await warmUp(mem);
    expect(mem.kept.map((m) => m.userId)).toEqual(first.page.profiles.map((p) => p.userId));
    expect(mem.kept.every((m) => typeof m.upn === 'string')).toBe(true);

    const before = (await emu.requests()).length;
    const second = await warmUp(mem);
    const lookups = await userLookups(before);
    expect(lookups).toHaveLength(second.page.profiles.length);
    expect(new Set(lookups).size).toBe(lookups.length);

    const plain = await listMentors(connectAs(emu, 'mentee'), MENTORS, { pageSize: second.page.profiles.length });
    expect(second.page.profiles).toEqual(plain.mentors);
  });

  it('reads the calendars of the first remembered cards without waiting for the list, and hands each over once', async () => {
    const mem = memory();
    await warmUp(mem);
    // The list answers late (a slow 503, then the retry).
    await emu.faults([{ method: 'GET', path: '/lists/Mentors/items', status: 503, times: 1, latencyMs: 400 }]);
    const warm = warmUpDirectory({ graph: mentee(), mentors: MENTORS, site: PROGRAM_SITE, viewerEmail: VIEWER, now: () => NOW, memory: mem });
    const firstEmail = mem.kept[0]!.upn!;
    const taken = warm.takeCalendars([firstEmail, VIEWER], NOW, NOW + 14 * 86_400_000);
    let listed = false;
    const page = warm.takeFirstPage()!.then((p) => ((listed = true), p));
    expect([...taken.keys()].sort()).toEqual([firstEmail, VIEWER].sort());
    const reading = await taken.get(firstEmail);
    expect(reading?.email).toBe(firstEmail);
    expect(reading?.workingHours).toBeDefined();
    expect(listed).toBe(false);
    expect(warm.takeCalendars([firstEmail], NOW, NOW + 14 * 86_400_000).size).toBe(0);
    await page;
  });

  it('gives the current first page when the remembered one is out of date', async () => {
    const stranger = { userId: '00000000-0000-4000-8000-0000000000aa', upn: 'nobody@contoso.example' };
    const mem = memory([stranger]);
    const { page } = await warmUp(mem);
    const plain = await listMentors(connectAs(emu, 'mentee'), MENTORS, { pageSize: page.profiles.length });
    expect(page.profiles).toEqual(plain.mentors);
    expect(page.profiles.some((p) => p.userId === stranger.userId)).toBe(false);
    expect(mem.kept.some((m) => m.userId === stranger.userId)).toBe(false);
  });

  it('reads the page again when the early reads fail', async () => {
    const mem = memory();
    const cold = await warmUp(mem);
    // The early reads (calendars, three lookups of people, the counts) are the first five $batch
    // requests; they fail and are not retried. What is read once the list answers succeeds.
    await emu.faults([{ method: 'POST', path: '/\\$batch$', status: 503, times: 5 }]);
    const since = (await emu.requests()).length;
    const { page } = await warmUp(mem, mentee(false));
    expect(page.profiles).toEqual(cold.page.profiles);
    expect(page.booked).toEqual(cold.page.booked);
    expect((await emu.requests()).slice(since).filter((r) => r.status === 503)).toHaveLength(5);
  });
});
