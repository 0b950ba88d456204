// Wall-clock times in every clock change of the seeded zones in 2026–2028, as the emulator reads
// them from `dateTime` + `timeZone`: a time the spring change skips moves forward by the gap, a time
// the autumn change repeats is its earlier occurrence. Checked against an Intl oracle at every minute
// around each change, and through POST /me/events once inside each change.
import { wallToUtc, windowsZoneName } from '../../emulator/time-zones';
import { startTestEmulator, type TestEmulator } from './harness';
import { HOUR, MINUTE, clockChanges, expectedInstant, wallInsideChange, type ClockChange } from './zone-oracle';

jest.setTimeout(60_000);

const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2029, 0, 1);
const local = (wall: number) => new Date(wall).toISOString().slice(0, 19);

let emu: TestEmulator;
let changes: [string, ClockChange[]][];
beforeAll(async () => {
  emu = await startTestEmulator();
  const zones = emu.emulator.db.prepare('SELECT DISTINCT time_zone FROM users ORDER BY time_zone').pluck().all() as string[];
  changes = zones.map((zone) => [zone, clockChanges(zone, FROM, TO)]);
});
afterAll(() => emu.close());

it('the seed has people in zones with northern and southern clock changes', () => {
  const counts = Object.fromEntries(changes.map(([zone, list]) => [zone, list.length]));
  expect(counts).toMatchObject({ 'Europe/London': 6, 'America/New_York': 6, 'Australia/Sydney': 6, 'Asia/Kolkata': 0 });
});

it('converts every minute within three hours of each change as the oracle does', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const [zone, list] of changes) {
    for (const change of list) {
      const middle = wallInsideChange(change);
      for (let wall = middle - 3 * HOUR; wall <= middle + 3 * HOUR; wall += MINUTE) {
        checked += 1;
        const expected = expectedInstant(zone, wall, change);
        const actual = wallToUtc(wall, zone);
        if (actual !== expected) wrong.push(`${zone} ${local(wall)} → ${new Date(actual).toISOString()}, not ${new Date(expected).toISOString()}`);
      }
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBe(changes.reduce((n, [, list]) => n + list.length, 0) * 361);
});

it('creates an event inside each change at the instant of the rule, with IANA and Windows zone names', async () => {
  const wrong: string[] = [];
  let created = 0;
  for (const [zone, list] of changes) {
    for (const [i, change] of list.entries()) {
      const wall = wallInsideChange(change);
      const timeZone = i % 2 === 0 ? zone : windowsZoneName(zone);
      const res = await emu.fetch('/v1.0/me/events', {
        method: 'POST',
        user: 'mentee',
        body: JSON.stringify({ subject: `Clock change ${zone} ${local(wall)}`, start: { dateTime: local(wall), timeZone }, end: { dateTime: local(wall + HOUR), timeZone } }),
      });
      expect(res.status).toBe(201);
      const event = (await res.json()) as { start: { dateTime: string; timeZone: string } };
      created += 1;
      const actual = Date.parse(`${event.start.dateTime.slice(0, 23)}Z`);
      const expected = expectedInstant(zone, wall, change);
      if (actual !== expected) wrong.push(`${timeZone} ${local(wall)} → ${event.start.dateTime}, not ${new Date(expected).toISOString()}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(created).toBeGreaterThanOrEqual(36);
});

it('reads the examples of the rule as a person would expect', async () => {
  const start = async (dateTime: string, timeZone: string) => {
    const res = await emu.fetch('/v1.0/me/events', { method: 'POST', user: 'mentee', body: JSON.stringify({ subject: 'Example', start: { dateTime, timeZone }, end: { dateTime: dateTime.replace('T0', 'T1'), timeZone } }) });
    return ((await res.json()) as { start: { dateTime: string } }).start.dateTime;
  };
  expect(await start('2026-03-08T02:30:00', 'Eastern Standard Time')).toBe('2026-03-08T07:30:00.0000000'); // 03:30 EDT
  expect(await start('2026-10-25T01:00:00', 'Europe/London')).toBe('2026-10-25T00:00:00.0000000'); // 01:00 BST, the first
});
