// getSchedule through the real Graph client: limits, errors, privacy, attendees, time zones and DST.
import type { GraphError } from '@microsoft/microsoft-graph-client';
import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import { DEMO_SESSION, PERSONAS } from '../../emulator/seed';
import { MENTORS_LIST_ID } from '../../emulator/seed-program-site';
import { startTestEmulator, type TestEmulator } from './harness';

// The seed's 4 weeks from 1 March 2027 include the US change to summer time on 14 March.
const NOW = Date.UTC(2027, 2, 1, 8);
const DAY = 86_400_000;

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterAll(() => emu.close());

const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
const request = (schedules: string[], from = NOW, days = 14, extra: Record<string, unknown> = {}) => ({
  schedules,
  startTime: utc(from),
  endTime: utc(from + days * DAY),
  availabilityViewInterval: 30,
  ...extra,
});
const graphMs = (dateTime: string) => Date.parse(`${dateTime.slice(0, 19)}Z`);

async function getSchedule(body: unknown, prefer?: string): Promise<ScheduleInformation[]> {
  const client = await emu.client('mentee');
  const call = client.api('/me/calendar/getSchedule');
  if (prefer) call.header('Prefer', `outlook.timezone="${prefer}"`);
  return ((await call.post(body)) as { value: ScheduleInformation[] }).value;
}

async function failure(body: unknown): Promise<GraphError> {
  try {
    await getSchedule(body);
  } catch (error) {
    return error as GraphError;
  }
  throw new Error('expected getSchedule to fail');
}

function upns(sql: string, ...args: unknown[]): string[] {
  return (emu.emulator.db.prepare(sql).all(...args) as { upn: string }[]).map((r) => r.upn);
}

describe('getSchedule', () => {
  it('answers for 20 mentors over 14 days with a consistent availability view', async () => {
    // The Mentors list's items: the program site's other lists hold items too.
    const mentors = upns("SELECT json_extract(fields, '$.MentorUpn') AS upn FROM list_items WHERE list_id = ? ORDER BY id LIMIT 20", MENTORS_LIST_ID);
    const value = await getSchedule(request(mentors));
    expect(value.map((s) => s.scheduleId)).toEqual(mentors);
    let busy = 0;
    for (const schedule of value) {
      expect(schedule.availabilityView).toMatch(/^[0-3]{672}$/);
      for (const item of schedule.scheduleItems!) {
        const digit = { free: 0, tentative: 1, busy: 2, oof: 3 }[item.status as string] ?? 0;
        const slot = Math.floor((graphMs(item.start!.dateTime!) - NOW) / (30 * 60_000));
        if (slot >= 0 && slot < 672) expect(Number(schedule.availabilityView![slot])).toBeGreaterThanOrEqual(digit);
        expect(item.start!.timeZone).toBe('UTC');
        expect(item.start!.dateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000$/);
      }
      busy += [...schedule.availabilityView!].filter((d) => d !== '0').length;
    }
    expect(busy).toBeGreaterThan(0);
    const statuses = new Set(value.flatMap((s) => s.scheduleItems!.map((i) => i.status)));
    expect(statuses.has('busy') && statuses.has('tentative')).toBe(true);
  });

  it('accepts availabilityViewInterval as a string and defaults it to 30', async () => {
    const [fifteen] = await getSchedule(request([PERSONAS[1].upn], NOW, 1, { availabilityViewInterval: '15' }));
    expect(fifteen!.availabilityView).toHaveLength(96);
    const { availabilityViewInterval: _omitted, ...withoutInterval } = request([PERSONAS[1].upn], NOW, 1);
    const [thirty] = await getSchedule(withoutInterval);
    expect(thirty!.availabilityView).toHaveLength(48);
  });

  it('returns an error item, not an HTTP failure, for an unknown address', async () => {
    const [known, unknown] = await getSchedule(request([PERSONAS[1].upn, 'nobody@contoso.example']));
    expect(known!.availabilityView).toBeDefined();
    expect(unknown).toEqual({ scheduleId: 'nobody@contoso.example', error: { message: expect.stringContaining('nobody@contoso.example'), responseCode: 'ErrorMailRecipientNotFound' } });
  });

  it('rejects more than 20 schedules, windows of 62 days or more, and bad windows', async () => {
    const many = upns('SELECT upn FROM users ORDER BY upn LIMIT 21');
    expect(await failure(request(many))).toMatchObject({ statusCode: 400, code: 'ErrorInvalidParameter' });
    expect(await failure(request([PERSONAS[1].upn], NOW, 62))).toMatchObject({ statusCode: 400, code: 'ErrorTimeIntervalTooBig' });
    expect(await getSchedule(request([PERSONAS[1].upn], NOW, 61.9))).toHaveLength(1);
    expect(await failure(request([PERSONAS[1].upn], NOW, 0))).toMatchObject({ statusCode: 400 });
    expect(await failure({ schedules: [PERSONAS[1].upn], startTime: utc(NOW) })).toMatchObject({ statusCode: 400 });
    expect(await failure({ startTime: utc(NOW), endTime: utc(NOW + DAY) })).toMatchObject({ statusCode: 400 });
    expect(await failure(request([PERSONAS[1].upn], NOW, 1, { availabilityViewInterval: 4 }))).toMatchObject({ statusCode: 400 });
    expect(await failure(request([PERSONAS[1].upn], NOW, 1, { startTime: { dateTime: '2027-03-01T09:00:00', timeZone: 'Mars/Olympus_Mons' } }))).toMatchObject({ statusCode: 400 });
  });

  it('answers 401 without a token', async () => {
    const res = await emu.fetch('/v1.0/me/calendar/getSchedule', { method: 'POST', body: JSON.stringify(request([PERSONAS[1].upn])) });
    expect(res.status).toBe(401);
  });

  it('hides the subject and location of private items', async () => {
    const row = emu.emulator.db
      .prepare("SELECT u.upn, e.start_ms FROM events e JOIN users u ON u.id = e.organizer_id WHERE e.sensitivity = 'private' AND e.start_ms > ? AND e.start_ms < ? LIMIT 1")
      .get(NOW, NOW + 14 * DAY) as { upn: string; start_ms: number };
    const [schedule] = await getSchedule(request([row.upn]));
    const item = schedule!.scheduleItems!.find((i) => graphMs(i.start!.dateTime!) === row.start_ms)!;
    expect(item.isPrivate).toBe(true);
    expect(item).not.toHaveProperty('subject');
    expect(item).not.toHaveProperty('location');
    const open = schedule!.scheduleItems!.find((i) => !i.isPrivate)!;
    expect(typeof open.subject).toBe('string');
  });

  it('counts meetings a person attends as busy, and cancelled ones not at all', async () => {
    const session = emu.emulator.db.prepare('SELECT id, start_ms, end_ms FROM events WHERE chat_id = ?').get(DEMO_SESSION.chatId) as { id: string; start_ms: number; end_ms: number };
    const [daniel] = await getSchedule(request([PERSONAS[1].upn]));
    const item = daniel!.scheduleItems!.find((i) => i.subject === DEMO_SESSION.subject)!;
    expect(item).toMatchObject({ status: 'busy', isPrivate: false });
    expect(graphMs(item.start!.dateTime!)).toBe(session.start_ms);
    const slot = Math.floor((session.start_ms - NOW) / (30 * 60_000));
    expect(daniel!.availabilityView![slot]).toBe('2');

    emu.emulator.db.prepare('UPDATE events SET is_cancelled = 1 WHERE id = ?').run(session.id);
    try {
      const [after] = await getSchedule(request([PERSONAS[1].upn]));
      expect(after!.scheduleItems!.some((i) => i.subject === DEMO_SESSION.subject)).toBe(false);
    } finally {
      emu.emulator.db.prepare('UPDATE events SET is_cancelled = 0 WHERE id = ?').run(session.id);
    }
  });

  it('gives times in the Prefer: outlook.timezone zone', async () => {
    const [inUtc] = await getSchedule(request([PERSONAS[1].upn], NOW, 7));
    const [inPacific] = await getSchedule(request([PERSONAS[1].upn], NOW, 7), 'Pacific Standard Time');
    const first = inUtc!.scheduleItems![0]!;
    const firstPacific = inPacific!.scheduleItems![0]!;
    expect(firstPacific.start!.timeZone).toBe('Pacific Standard Time');
    // Before 14 March 2027 the Pacific coast is on standard time, UTC−8.
    expect(graphMs(firstPacific.start!.dateTime!)).toBe(graphMs(first.start!.dateTime!) - 8 * 3_600_000);
    expect(inPacific!.availabilityView).toBe(inUtc!.availabilityView);
    const [inKolkata] = await getSchedule(request([PERSONAS[1].upn], NOW, 7), 'Asia/Kolkata');
    expect(graphMs(inKolkata!.scheduleItems![0]!.start!.dateTime!)).toBe(graphMs(first.start!.dateTime!) + 5.5 * 3_600_000);
  });

  it('reads start and end in a Windows time zone', async () => {
    const body = { ...request([PERSONAS[1].upn]), startTime: { dateTime: '2027-03-02T09:00:00', timeZone: 'GMT Standard Time' }, endTime: { dateTime: '2027-03-02T17:00:00', timeZone: 'GMT Standard Time' } };
    const [schedule] = await getSchedule(body);
    expect(schedule!.availabilityView).toHaveLength(16);
  });

  it("gives working hours in the person's Windows time zone", async () => {
    const [newYork, kolkata, london] = [
      upns("SELECT upn FROM users WHERE time_zone = 'America/New_York' LIMIT 1")[0]!,
      upns("SELECT upn FROM users WHERE time_zone = 'Asia/Kolkata' LIMIT 1")[0]!,
      PERSONAS[0].upn,
    ];
    const value = await getSchedule(request([newYork, kolkata, london], NOW, 1));
    expect(value[0]!.workingHours).toEqual({
      daysOfWeek: expect.arrayContaining(['monday', 'thursday']),
      startTime: '09:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: 'Eastern Standard Time' },
    });
    expect(value[1]!.workingHours).toMatchObject({ startTime: '09:30:00.0000000', timeZone: { name: 'India Standard Time' } });
    expect(value[2]!.workingHours!.timeZone).toEqual({ name: 'GMT Standard Time' });
  });

  it('keeps New York meetings at the same local time across the US daylight-saving change', async () => {
    const series = emu.emulator.db
      .prepare(
        `SELECT e.series_master_id AS id, u.upn FROM events e JOIN users u ON u.id = e.organizer_id
         WHERE u.time_zone = 'America/New_York' AND e.event_type = 'occurrence'
         GROUP BY e.series_master_id HAVING MIN(e.start_ms) < ? AND MAX(e.start_ms) > ? LIMIT 1`,
      )
      .get(Date.UTC(2027, 2, 12), Date.UTC(2027, 2, 16)) as { id: string; upn: string };
    const starts = (emu.emulator.db.prepare('SELECT start_ms FROM events WHERE series_master_id = ? ORDER BY start_ms').all(series.id) as { start_ms: number }[]).map((r) => r.start_ms);
    const utcMinuteOfDay = (ms: number) => Math.round((ms % DAY) / 60_000);
    const before = starts.filter((ms) => ms < Date.UTC(2027, 2, 14));
    const after = starts.filter((ms) => ms > Date.UTC(2027, 2, 15));
    expect(new Set(before.map(utcMinuteOfDay)).size).toBe(1);
    expect(new Set(after.map(utcMinuteOfDay)).size).toBe(1);
    expect(utcMinuteOfDay(before[0]!) - utcMinuteOfDay(after[0]!)).toBe(60);

    const [schedule] = await getSchedule(request([series.upn], NOW, 28));
    const itemStarts = new Set(schedule!.scheduleItems!.map((i) => graphMs(i.start!.dateTime!)));
    for (const ms of starts) expect(itemStarts.has(ms)).toBe(true);
    // In New York's own zone the meeting does not move (items come in the same order in both zones).
    const [local] = await getSchedule(request([series.upn], NOW, 28), 'Eastern Standard Time');
    const utcStarts = schedule!.scheduleItems!.map((i) => graphMs(i.start!.dateTime!));
    const localTimes = starts.map((ms) => local!.scheduleItems![utcStarts.indexOf(ms)]!.start!.dateTime!.slice(11, 16));
    expect(new Set(localTimes).size).toBe(1);
    expect(local!.scheduleItems![0]!.start!.timeZone).toBe('Eastern Standard Time');
  });
});
