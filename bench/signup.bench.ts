// Claims that won the same office-hours slot in a 20-way race (signup.claim-race-duplicates,
// target 0): twenty mentees claim one slot of the seeded sheet at once through the tab's office
// hours port against the emulator, for several slots with different people; every claim row and
// every meeting beyond the first on a slot is a duplicate. Also how long a race takes to settle.
import { performance } from 'node:perf_hooks';
import type { Report } from '../scripts/bench';
import { startTestEmulator } from '../test/contract/harness';
import { demoPeople, eventsAt, listItems, officeHoursAs } from '../test/integration/office-hours-harness';
import { DANIEL_ID, NOW } from '../test/integration/tab-harness';

const RACERS = 20;
const ROUNDS = 3;

export async function run(report: Report): Promise<void> {
  const emu = await startTestEmulator({ clock: () => NOW });
  try {
    const now = () => NOW;
    const people = await demoPeople(emu, RACERS * ROUNDS, [DANIEL_ID]);
    const sheet = (await officeHoursAs(emu, people[0]!, now).openSheets()).find((s) => s.sheet.mentorId === DANIEL_ID)!;
    let duplicates = 0;
    let slowest = 0;
    const rounds = Math.min(ROUNDS, Math.floor(people.length / RACERS), sheet.sheet.slots.length);
    for (let round = 0; round < rounds; round++) {
      const slot = sheet.sheet.slots[round]!;
      const racers = people.slice(round * RACERS, (round + 1) * RACERS);
      const started = performance.now();
      const results = await Promise.all(
        racers.map((p, i) =>
          officeHoursAs(emu, p, now).claim(sheet.sheet.itemId!, slot.start, {
            goal: `Could you check the opening of my talk number ${i} for the all-hands?`,
            context: '',
            success: 'A stronger first minute',
          }),
        ),
      );
      slowest = Math.max(slowest, performance.now() - started);
      const rows = (await listItems(emu, 'SignupClaims')).filter((c) => c.SheetId === sheet.sheet.itemId && Date.parse(String(c.SlotStartUtc)) === slot.start);
      const holders = rows.filter((c) => c.State === 'claimed').length;
      const meetings = (await eventsAt(emu, 'mentor', slot.start)).length;
      const won = results.filter((r) => r.kind === 'booked').length;
      duplicates += Math.max(0, holders - 1) + Math.max(0, meetings - 1) + Math.max(0, won - 1);
      console.error(`bench: round ${round + 1}: ${won} booked, ${results.filter((r) => r.kind === 'waiting').length} waiting, ${holders} holding, ${meetings} meeting(s)`);
    }
    report({ name: 'signup.claim-race-duplicates', value: duplicates, unit: 'claims', target: { max: 0 } });
    report({ name: 'signup.claim-race-20-ms', value: slowest, unit: 'ms' });
  } finally {
    await emu.close();
  }
}
