// The directory port: mentors page by page with their load (sessions booked this week and month),
// calendars batch by batch, photos as object URLs.
import { mentorLoad } from '../../domain/mentor-load';
import { isTimeBoxMinutes } from '../../domain/time-box';
import { topicFit } from '../../domain/topics';
import type { CalendarReading, DirectoryPort, MentorListing } from '../../ui/common/tab-ports';
import { getAvailability } from '../../graph/availability';
import { findMentor, getPhoto, listMentors, type MentorProfile } from '../../graph/mentor-directory';
import { bookedStartsOf } from '../../graph/session-queries';
import { DIRECTORY_PAGE_SIZE, type DirectoryWarmUp } from './directory-warm-up';
import { LOAD_LOOK_BACK_MS, type TabDeps } from './tab-deps';
import type { SearchNote } from '../../domain/search-note';
import { recordSearch, type SearchesList } from '../../graph/search-log';

/** Mentors looked through for alternatives when one is at capacity. */
const ALTERNATIVES_SCAN = 100;
const ALTERNATIVES_MAX = 5;

/** `warmUp`: the first page and calendars already asked for (directory-warm-up.ts), used once each. */
export function createDirectoryPort(deps: TabDeps, warmUp?: DirectoryWarmUp, searches?: SearchesList): DirectoryPort {
  const photos = new Map<string, Promise<string | undefined>>();
  const read = async (emails: readonly string[], start: number, end: number, onBatch: (readings: CalendarReading[]) => void) => {
    if (emails.length === 0) return [];
    const all = await getAvailability(deps.graph, { emails, start, end, onReadings: (readings) => onBatch(readings.map(toReading)) }, deps.wait);
    return [...all.values()].map(toReading);
  };
  return {
    // The demand figures are a by-product: a note that cannot be saved is dropped, never shown.
    ...(searches ? { noteSearch: (note: SearchNote) => void recordSearch(deps.graph, searches, note, deps.now()).catch(() => undefined) } : {}),
    async listMentors(next) {
      const warm = next === undefined ? await warmUp?.takeFirstPage()?.catch(() => undefined) : undefined;
      if (warm) return { mentors: listings(deps, warm.profiles, warm.booked), ...(warm.next ? { next: warm.next } : {}) };
      const page = await listMentors(deps.graph, deps.mentors, { pageSize: DIRECTORY_PAGE_SIZE, next });
      return { mentors: await withLoad(deps, page.mentors), ...(page.next ? { next: page.next } : {}) };
    },
    async mentor(id) {
      const profile = await findMentor(deps.graph, deps.mentors, id);
      return profile ? (await withLoad(deps, [profile]))[0] : undefined;
    },
    async readCalendars(emails, start, end, onBatch) {
      const warm = warmUp?.takeCalendars(emails, start, end) ?? new Map<string, Promise<CalendarReading | undefined>>();
      const rest = emails.filter((email) => !warm.has(email.trim().toLowerCase()));
      const fromWarm = (async () => {
        // Each as it comes: the warm-up reads in groups, and the first group should not wait for the last.
        const each = [...warm.values()].map((p) => p.then((r) => (r ? toReading(r) : undefined)).then((r) => (r && onBatch([r]), r)));
        const readings = (await Promise.all(each)).filter((r): r is CalendarReading => r !== undefined);
        const answered = new Set(readings.map((r) => r.email.toLowerCase()));
        // What the warm-up could not read is asked for again, here.
        return [...readings, ...(await read([...warm.keys()].filter((email) => !answered.has(email)), start, end, onBatch))];
      })();
      const [a, b] = await Promise.all([fromWarm, read(rest, start, end, onBatch)]);
      return [...a, ...b];
    },
    photoUrl(userId) {
      let url = photos.get(userId);
      if (!url) {
        url = getPhoto(deps.graph, userId).then((blob) => (blob ? URL.createObjectURL(blob) : undefined));
        // A failed read is not remembered: the next card asks again.
        url.catch(() => photos.delete(userId));
        photos.set(userId, url);
      }
      return url;
    },
  };
}

function toReading(r: CalendarReading): CalendarReading {
  return { email: r.email, busy: r.busy, ...(r.workingHours ? { workingHours: r.workingHours } : {}), ...(r.problem ? { problem: r.problem } : {}) };
}

/**
 * Profiles with what they have booked: one round trip for the page. The load is counted in the
 * viewer's zone here (a mentor's zone is known only once their calendar arrives; screens can
 * count again from `bookedStarts` with the domain's mentorLoad), and caps are checked on each slot
 * by the domain in the mentor's zone.
 */
async function withLoad(deps: TabDeps, profiles: MentorProfile[]): Promise<MentorListing[]> {
  const now = deps.now();
  const booked = profiles.length > 0 ? await bookedStartsOf(deps.graph, deps.site, profiles.map((p) => p.userId), now - LOAD_LOOK_BACK_MS) : new Map<string, number[]>();
  return listings(deps, profiles, booked);
}

function listings(deps: TabDeps, profiles: MentorProfile[], booked: Map<string, number[]>): MentorListing[] {
  const now = deps.now();
  return profiles.map((p) => {
    const starts = booked.get(p.userId) ?? [];
    const load = mentorLoad(starts, deps.viewer.zone, now);
    return {
      id: p.userId,
      itemId: p.itemId,
      displayName: p.displayName,
      email: p.email,
      ...(p.jobTitle ? { jobTitle: p.jobTitle } : {}),
      ...(p.department ? { department: p.department } : {}),
      topics: p.topics,
      bio: p.bio,
      sessionLengths: p.sessionLengths.filter(isTimeBoxMinutes),
      ...(p.capacityPerWeek !== undefined ? { capacityPerWeek: p.capacityPerWeek } : {}),
      ...(p.capacityPerMonth !== undefined ? { capacityPerMonth: p.capacityPerMonth } : {}),
      bookedThisWeek: load.thisWeek,
      bookedThisMonth: load.thisMonth,
      bookedStarts: starts,
      noticeMinutes: p.noticeMinutes,
      bufferMinutes: p.bufferMinutes,
    };
  });
}

/** Mentors (ids) whose topics fit and who have room this week and month, best fit first. */
export async function mentorsWithRoom(deps: TabDeps, topic: string, exceptMentorId: string): Promise<string[]> {
  const page = await listMentors(deps.graph, deps.mentors, { pageSize: ALTERNATIVES_SCAN });
  const fitting = page.mentors
    .filter((m) => m.userId !== exceptMentorId && m.userId !== deps.viewer.id)
    .map((m) => ({ m, fit: topicFit(topic, '', m.topics).score }))
    .filter((x) => x.fit > 0)
    .sort((a, b) => b.fit - a.fit);
  const listed = await withLoad(deps, fitting.map((x) => x.m));
  return listed
    .filter((m) => (m.capacityPerWeek === undefined || m.bookedThisWeek < m.capacityPerWeek) && (m.capacityPerMonth === undefined || m.bookedThisMonth < m.capacityPerMonth))
    .slice(0, ALTERNATIVES_MAX)
    .map((m) => m.id);
}
