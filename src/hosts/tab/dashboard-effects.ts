// The program dashboard over Graph: the Sessions list read whole (5,000-item pages, $select), the
// mentees' departments from the directory, the anonymous searches, the active mentors with their free
// slots over the next two weeks (their Outlook calendars through the availability gateway and the
// domain's free-time rules, the same as office hours use), the pilots, and the program manager's flash
// events' round verdicts. Starting a pilot writes it once under its key.
import { countRoundVerdicts, slotsIn, supplyOverTwoWeeks, type DashboardData, type DashboardMentor, type FlashRounds } from '../../domain/dashboard-figures';
import { freeTimeOf } from '../../domain/free-slots';
import { readableRows, SUPPLY_WINDOW_MS, type InsightSession } from '../../domain/program-insight';
import type { Pilot } from '../../domain/pilot';
import type { DashboardPort, DashboardProgress, StartPilotResult } from '../../ui/common/dashboard-ports';
import { getAvailability } from '../../graph/availability';
import { listFlashEventsOf, listParticipants, type FlashLists } from '../../graph/flash-event-store';
import { GatewayError } from '../../graph/gateway-error';
import { readInsightSessions } from '../../graph/insight-store';
import { listMentorItems, profilesOf, type MentorProfile } from '../../graph/mentor-directory';
import { createPilot, listPilots, type PilotsList } from '../../graph/pilot-store';
import { readSearches } from '../../graph/search-log';
import { lookUpUsers } from '../../graph/user-lookup';
import type { TabDeps } from './tab-deps';

export interface DashboardLists {
  pilotsList: string;
  searchesList: string;
  flash: Omit<FlashLists, 'siteId'>;
}

/** Searches are read for the past year: the date filter's widest sensible range. */
const SEARCH_LOOK_BACK_MS = 366 * 86_400_000;
const MENTOR_PAGES_MAX = 20;
const FLASH_EVENTS_MAX = 50;

async function allActiveMentors(deps: TabDeps): Promise<MentorProfile[]> {
  const mentors: MentorProfile[] = [];
  let next: string | undefined;
  for (let n = 0; n < MENTOR_PAGES_MAX; n++) {
    const page = await listMentorItems(deps.graph, deps.mentors, { pageSize: 100, ...(next ? { next } : {}) });
    mentors.push(...(await profilesOf(deps.graph, page.items)));
    next = page.next;
    if (!next) break;
  }
  return mentors;
}

/** Each mentor's free slots (their shortest session) in the next two weeks, capped by their weekly cap. */
async function withSupply(deps: TabDeps, mentors: MentorProfile[], now: number): Promise<DashboardMentor[]> {
  const end = now + SUPPLY_WINDOW_MS;
  const calendars = mentors.length > 0 ? await getAvailability(deps.graph, { emails: mentors.map((m) => m.email), start: now, end, intervalMinutes: 15 }, deps.wait) : new Map();
  return mentors.map((m) => {
    const reading = calendars.get(m.email.toLowerCase());
    const shortest = Math.min(...(m.sessionLengths.length > 0 ? m.sessionLengths : [30]));
    const free = reading && !reading.problem && reading.workingHours ? freeTimeOf({ workingHours: reading.workingHours, busy: reading.busy }, now, end, m.bufferMinutes) : [];
    return {
      id: m.userId,
      name: m.displayName,
      topics: m.topics,
      ...(m.capacityPerWeek !== undefined ? { capacityPerWeek: m.capacityPerWeek } : {}),
      freeSlotsTwoWeeks: supplyOverTwoWeeks(slotsIn(free, shortest), m.capacityPerWeek),
    };
  });
}

/** The mentees' departments, from one directory read of everyone who asked (20 to a $batch). */
async function withDepartments(deps: TabDeps, sessions: InsightSession[]): Promise<InsightSession[]> {
  const users = await lookUpUsers(deps.graph, [...new Set(sessions.map((s) => s.menteeId))]);
  return sessions.map((s) => {
    const department = users.get(s.menteeId)?.department;
    return department ? { ...s, menteeDepartment: department } : s;
  });
}

/** Useful rounds of the viewer's flash events; a list that cannot be read is said, not fatal. */
async function flashRounds(deps: TabDeps, lists: FlashLists): Promise<FlashRounds> {
  try {
    const events = (await listFlashEventsOf(deps.graph, lists, deps.viewer.id)).slice(0, FLASH_EVENTS_MAX);
    const people = await Promise.all(events.map((e) => listParticipants(deps.graph, lists, e.event.key)));
    return countRoundVerdicts(people.flat().map((p) => p.participant.feedback));
  } catch (error) {
    return { unreadable: `Flash events could not be read (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}

export function createDashboardPort(deps: TabDeps, lists: DashboardLists): DashboardPort {
  const pilots: PilotsList = { siteId: deps.site.siteId, list: lists.pilotsList };
  return {
    async load(onProgress: (p: DashboardProgress) => void): Promise<DashboardData> {
      const now = deps.now();
      onProgress({ step: 'sessions', label: 'Reading the sessions…' });
      const read = await readInsightSessions(deps.graph, deps.site);
      const { sessions, skipped, skippedByField } = readableRows(read.rows);
      onProgress({ step: 'people', label: "Reading the mentees' departments…" });
      const withDept = await withDepartments(deps, sessions);
      onProgress({ step: 'searches', label: 'Reading the searches…' });
      const searches = await readSearches(deps.graph, { siteId: deps.site.siteId, list: lists.searchesList }, now - SEARCH_LOOK_BACK_MS);
      onProgress({ step: 'mentors', label: 'Reading the mentors…' });
      const profiles = await allActiveMentors(deps);
      onProgress({ step: 'calendars', label: "Reading mentors' free time for the next two weeks…" });
      const mentors = await withSupply(deps, profiles, now);
      onProgress({ step: 'pilots', label: 'Reading the pilots…' });
      const read2 = await listPilots(deps.graph, pilots);
      onProgress({ step: 'flash', label: 'Reading flash events…' });
      const flash = await flashRounds(deps, { siteId: deps.site.siteId, ...lists.flash });
      const badPilots: Record<string, number> = {};
      for (const p of read2.unreadable) badPilots[`Pilots: ${p.field}`] = (badPilots[`Pilots: ${p.field}`] ?? 0) + 1;
      return {
        sessions: withDept,
        skipped: skipped + read2.unreadable.length,
        skippedByField: { ...skippedByField, ...badPilots },
        searches,
        mentors,
        pilots: read2.pilots.map(({ key, itemId, pilot }) => ({ key, itemId, pilot })),
        flash,
      };
    },
    async startPilot(pilot: Pilot, key: string): Promise<StartPilotResult> {
      try {
        const stored = await createPilot(deps.graph, pilots, { key, pilot, zone: deps.viewer.zone, startedById: deps.viewer.id }, deps.wait);
        return { kind: 'started', pilot: { key: stored.key, itemId: stored.itemId, pilot: stored.pilot } };
      } catch (error) {
        const fields = ['name', 'dates', 'people', 'sessions', 'metOrPartly'] as const;
        const field = fields.find((f) => error instanceof GatewayError && error.code === 'invalid' && error.field === f);
        if (field) return { kind: 'invalid', field, message: (error as Error).message };
        throw error;
      }
    },
  };
}
