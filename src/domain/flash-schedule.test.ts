import type { FlashParticipant } from './flash-participants';
import { planFlashEvent, tablesOf } from './flash-plan';
import { flashPeople } from './flash-people.test-data';
import { affectedTables, personalSchedule, renderTableBody, tableFingerprint, type Person } from './flash-schedule';

const EVENT = { title: 'Onboarding <b>speed</b> mentoring', zone: 'Europe/Stockholm', start: Date.parse('2030-01-15T13:00:00Z'), roundMinutes: 10, rounds: 3, breakMinutes: 5 };
const people = flashPeople();
const plan = planFlashEvent(EVENT, people, 'event-1');
const byId = (list: FlashParticipant[], zoneOf: (p: FlashParticipant) => string) => new Map<string, Person>(list.map((p) => [p.userId, { name: p.name, zone: zoneOf(p) }]));

describe('personal schedule', () => {
  it('a mentee has one table a round at the shared round times', () => {
    const schedule = personalSchedule(EVENT, plan, 'mentee-01');
    expect(schedule.map((e) => [e.round, new Date(e.start).toISOString().slice(11, 16)])).toEqual([[1, '13:00'], [2, '13:15'], [3, '13:30']]);
    expect(new Set(schedule.map((e) => e.mentorId)).size).toBe(3);
  });
  it('a mentor sees their mentees each round', () => {
    expect(personalSchedule(EVENT, plan, 'mentor-01').map((e) => e.menteeIds.length)).toEqual([3, 3, 3]);
  });
});

describe('table meeting body', () => {
  const table = tablesOf(plan)[0]!;
  const joinUrls = new Map(plan.mentorIds.map((id) => [id, `https://teams.microsoft.com/l/meetup-join/${id}`]));
  it("shows each attendee's times in their own zone with the join links of their tables, escaped", () => {
    const zones = byId(people, (p) => (p.userId === 'mentee-01' ? 'America/New_York' : 'Europe/Stockholm'));
    const menteeAtTable = table.attendeeIds.includes('mentee-01') ? 'mentee-01' : table.attendeeIds[1]!;
    const html = renderTableBody({ event: EVENT, plan, table, people: zones, joinUrls });
    expect(html).toContain('Onboarding &lt;b&gt;speed&lt;/b&gt; mentoring');
    expect(html).not.toContain('<b>speed');
    expect(html).toContain('times in Europe/Stockholm');
    for (const e of personalSchedule(EVENT, plan, menteeAtTable)) expect(html).toContain(`href="https://teams.microsoft.com/l/meetup-join/${e.mentorId}"`);
    if (menteeAtTable === 'mentee-01') expect(html).toMatch(/times in America\/New_York\)<\/p><ul><li>Round 1, 08:00/);
  });
  it('a changed schedule changes the fingerprint of only the tables it concerns', () => {
    const prints = (p: typeof plan) => new Map(tablesOf(p).map((t) => [t.mentorId, tableFingerprint(t.attendeeIds, renderTableBody({ event: EVENT, plan: p, table: t, people: byId(people, () => 'UTC'), joinUrls }))]));
    const recorded = Object.fromEntries(prints(plan));
    expect(affectedTables(prints(plan), recorded)).toEqual([]);
    const changed = { ...plan, rounds: plan.rounds.map((r) => (r.round === 3 ? { ...r, pairs: r.pairs.slice(1) } : r)) };
    const gone = plan.rounds[2]!.pairs[0]!;
    const visited = new Set(plan.rounds.flatMap((r) => r.pairs.filter((p) => p.menteeId === gone.menteeId).map((p) => p.mentorId)));
    expect(affectedTables(prints(changed), recorded).sort()).toEqual([...visited].sort());
  });
});
