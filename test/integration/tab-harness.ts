// The tab's ports built the way the tab builds them, signed in to the emulator as a persona.
import { freeSlots } from '../../src/domain/free-slots';
import type { HostContext } from '../../src/domain/host-context';
import { DAY } from '../../src/domain/zone-time';
import { readMe } from '../../src/graph/me';
import { createTabPorts } from '../../src/hosts/tab/graph-tab-ports';
import type { MentorListing, TabPorts } from '../../src/ui/common/tab-ports';
import type { TestEmulator } from '../contract/harness';
import { connectAs, noWait } from './gateway-harness';

/** Tuesday 1 January 2030, 00:00 UTC: the emulator's clock and the ports'. */
export const NOW = Date.parse('2030-01-01T00:00:00Z');
export const DANIEL_ID = '2b1e7b63-4d2e-4f8c-8c1b-6a3f9d8e7b02';

export async function portsAs(emu: TestEmulator, user: string): Promise<TabPorts> {
  const graph = connectAs(emu, user);
  const me = await readMe(graph);
  const context: HostContext = { host: 'teams', surface: 'tab', frame: 'content', theme: 'default', user: { id: me.id!, displayName: me.displayName!, userPrincipalName: me.userPrincipalName! } };
  return createTabPorts({ graph, me }, context, { now: () => NOW, wait: noWait });
}

/** A mentor as the directory lists them, looking through every page. */
export async function findMentor(ports: TabPorts, id: string): Promise<MentorListing> {
  let next: string | undefined;
  do {
    const page = await ports.directory.listMentors(next);
    const found = page.mentors.find((m) => m.id === id);
    if (found) return found;
    next = page.next;
  } while (next);
  throw new Error(`mentor ${id} is not listed`);
}

/** The mentor's and the mentee's mutual free starts over two weeks, as the directory lists them. */
export async function mutualSlots(ports: TabPorts, mentor: MentorListing): Promise<number[]> {
  const readings = await ports.directory.readCalendars([mentor.email, ports.viewer.email], NOW, NOW + 14 * DAY, () => undefined);
  const of = (email: string) => readings.find((r) => r.email === email.toLowerCase())!;
  const m = of(mentor.email);
  const me = of(ports.viewer.email);
  return freeSlots({
    mentee: { workingHours: me.workingHours!, busy: me.busy },
    mentor: { workingHours: m.workingHours!, busy: m.busy, caps: { perWeek: mentor.capacityPerWeek, perMonth: mentor.capacityPerMonth }, booked: mentor.bookedStarts.map((start) => ({ start })) },
    from: NOW,
    to: NOW + 14 * DAY,
    now: NOW,
    timeBox: 45,
    viewerZone: ports.viewer.zone,
    noticeMinutes: mentor.noticeMinutes,
    bufferMinutes: mentor.bufferMinutes,
  });
}
