// A program's past: finished, cancelled and upcoming sessions in the Sessions list, written straight
// into the store (a program of 10,000 sessions seeds in well under a second, where 10,000 POSTs
// would take minutes). Columns as the app writes them (src/graph/session-fields.ts; emulator/ shares
// no code with src/). Deterministic for a seed; used by the dashboard's tests and benchmarks.
import type { Database } from 'better-sqlite3';
import { Prng } from './prng';
import { MENTORS_LIST_ID, SESSIONS_LIST_ID } from './seed-program-site';

const DAY = 86_400_000;
const RESULTS = ['met', 'met', 'partly', 'not-yet'] as const;

export interface HistoryOptions {
  /** How many sessions to add. */
  count: number;
  /** The seed's "today": sessions spread over the year before it, a few in the fortnight after. */
  now: number;
  seed?: number;
  /**
   * Only sessions that started before this instant, none upcoming: the default demo's history ends
   * before the current month so it never fills a mentor's weekly or monthly cap.
   */
  before?: number;
  /** People left out of the history, as mentees and as mentors (the demo's personas, whose screens the walk-through shows). */
  exclude?: readonly string[];
  /** Share of sessions met whose mentee agreed to a success story (default 0.3). */
  consentRate?: number;
}

/** What a mentee wrote, per topic, so the seeded records and their stories read like real ones. */
const WORDS: Record<string, { goal: string; success: string; actions: string[] }> = {
  'public speaking': { goal: 'Open my all-hands talk without reading from the slides', success: 'A first two minutes I can say from memory', actions: ['Rehearse the opening three times on video', 'Cut the agenda slide'] },
  'data visualization': { goal: 'Make the churn dashboard readable for the sales leads', success: 'One chart per question, agreed with the leads', actions: ['Replace the pie charts with one bar chart', 'Add a sentence under each chart saying what it shows'] },
  'portfolio review': { goal: 'Pick the three case studies for my design portfolio', success: 'Three studies that each show a different strength', actions: ['Drop the oldest case study', 'Add the outcome numbers to the checkout redesign'] },
  'stakeholder conversations': { goal: 'Prepare the conversation about moving the launch date', success: 'A proposal the finance lead can say yes to', actions: ['Send the two options before the meeting', 'Ask what would make the later date acceptable'] },
  'project kickoff': { goal: 'Run my first project kickoff with four teams', success: 'A kickoff agenda that ends with named owners', actions: ['Share the one-page brief two days ahead', 'End the kickoff with owners and dates on screen'] },
  'business case': { goal: 'Turn the tooling request into a business case for the budget round', success: 'A one-page case with costs and the time it saves', actions: ['Measure the hours lost per week for two weeks', 'Ask the controller for the cost template'] },
  'resume review': { goal: 'Tighten my resume for the internal analyst role', success: 'One page with results, not duties', actions: ['Rewrite each bullet as action and result', 'Ask the hiring manager what the role needs most'] },
  'presentation coaching': { goal: 'Review my slides for the quarterly board update', success: 'A deck of ten slides with one message each', actions: ['Move the numbers to an appendix', 'Start with the decision we need from the board'] },
  negotiation: { goal: 'Prepare the renewal negotiation with our largest supplier', success: 'A walk-away point and two trades I can offer', actions: ['Write down the walk-away price before the call', 'Offer a longer term in exchange for the discount'] },
  'career pivot': { goal: 'Decide whether to move from support into product', success: 'Two concrete steps to test the move this quarter', actions: ['Shadow a product manager for a sprint', 'Take the next customer research interview'] },
  'hiring interviews': { goal: 'Prepare for my first panel interview as the hiring manager', success: 'Questions that test the skills the role needs', actions: ['Write one question per skill in the profile', 'Agree the scoring with the panel beforehand'] },
  'writing for executives': { goal: 'Rewrite the quarterly update for the leadership team', success: 'An update an executive can read in two minutes', actions: ['Put the ask in the first line', 'Keep the update to five bullets'] },
};
const OTHER_WORDS = { goal: 'Get advice on one specific challenge this month', success: 'A clear next step I can take this week', actions: ['Try the suggested approach before the next team meeting'] };

interface MentorRow {
  id: string;
  topics: string[];
}

/** Adds `count` sessions between the program's mentors and its other people; returns how many were written. */
export function seedSessionHistory(db: Database, options: HistoryOptions): number {
  const rng = new Prng(options.seed ?? 0x5e55);
  const excluded = new Set(options.exclude ?? []);
  const mentors = (db.prepare('SELECT fields FROM list_items WHERE list_id = ?').all(MENTORS_LIST_ID) as { fields: string }[])
    .map((r) => JSON.parse(r.fields) as { MentorUserId?: string; Topics?: string[] })
    .filter((f): f is { MentorUserId: string; Topics: string[] } => typeof f.MentorUserId === 'string' && Array.isArray(f.Topics) && f.Topics.length > 0)
    .map((f): MentorRow => ({ id: f.MentorUserId, topics: f.Topics }))
    .filter((m) => !excluded.has(m.id));
  const mentorIds = new Set(mentors.map((m) => m.id));
  const users = db.prepare('SELECT id, display_name FROM users ORDER BY id').all() as { id: string; display_name: string }[];
  const names = new Map(users.map((u) => [u.id, u.display_name]));
  const mentees = users.map((r) => r.id).filter((id) => !mentorIds.has(id) && !excluded.has(id));
  if (mentors.length === 0 || mentees.length === 0 || options.count <= 0) return 0;

  const list = db.prepare('SELECT next_item_id FROM lists WHERE id = ?').get(SESSIONS_LIST_ID) as { next_item_id: number };
  const insert = db.prepare('INSERT INTO list_items (list_id, id, fields, version, created_by, modified_by, created_ms, modified_ms) VALUES (?, ?, ?, 1, ?, ?, ?, ?)');
  const write = db.transaction(() => {
    for (let i = 0; i < options.count; i++) {
      const mentor = rng.pick(mentors);
      const menteeId = rng.pick(mentees);
      const length = rng.pick([30, 45, 60] as const);
      // Mostly the past year, on the hour in working time; one in twenty in the next fortnight.
      const upcoming = options.before === undefined && rng.chance(0.05);
      const latest = options.before === undefined ? -1 : -Math.ceil((options.now - options.before) / DAY);
      const day = upcoming ? rng.int(1, 14) : -rng.int(-latest, Math.max(-latest, 365));
      const start = Math.floor((options.now + day * DAY) / DAY) * DAY + rng.int(8, 16) * 3_600_000;
      const requested = start - rng.int(1, 21) * DAY + rng.int(0, 8) * 3_600_000;
      const cancelled = rng.chance(0.08);
      const status = cancelled ? 'cancelled' : upcoming ? 'scheduled' : 'completed';
      const result = status === 'completed' && rng.chance(0.8) ? rng.pick(RESULTS) : null;
      const topic = rng.pick(mentor.topics);
      const words = WORDS[topic] ?? OTHER_WORDS;
      const consented = result === 'met' && rng.chance(options.consentRate ?? 0.3);
      const fields = {
        Title: `Session ${i + 1}`,
        SessionKey: `history-${(options.seed ?? 0x5e55).toString(36)}-${i + 1}`,
        MenteeId: menteeId,
        MentorId: mentor.id,
        Topic: topic,
        Goal: words.goal,
        Context: '',
        Success: words.success,
        Format: 'one-time',
        TimeBoxMinutes: length,
        StartUtc: new Date(start).toISOString(),
        EndUtc: new Date(start + length * 60_000).toISOString(),
        Status: status,
        Result: result,
        Checklists: '{"items":{}}',
        AgreedActions: JSON.stringify(result === null ? [] : words.actions.map((text, n) => ({ id: `a${n + 1}`, text, owner: names.get(menteeId) ?? 'Mentee', role: 'mentee', done: result === 'met' }))),
        ThankYouSent: result !== null && rng.chance(0.6),
        ShareStory: consented,
      };
      insert.run(SESSIONS_LIST_ID, list.next_item_id + i, JSON.stringify(fields), menteeId, menteeId, requested, requested);
    }
    db.prepare('UPDATE lists SET next_item_id = ? WHERE id = ?').run(list.next_item_id + options.count, SESSIONS_LIST_ID);
  });
  write();
  return options.count;
}

