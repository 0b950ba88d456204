// The directory's first page and its calendars, asked for as soon as there is a token: listing
// mentors needs neither /me nor the viewer's settings, so the first cards and their free time do
// not wait behind them. The directory port takes each answer once, while fresh; anything else it
// asks Graph for as usual.
import type { CalendarReading } from '../../ui/common/tab-ports';
import { getAvailability } from '../../graph/availability';
import type { GraphConnection } from '../../graph/graph-client';
import { listMentorItems, profilesOf, type MentorProfile, type MentorsList } from '../../graph/mentor-directory';
import { bookedStartsOf } from '../../graph/session-queries';
import type { ProgramSite } from '../../graph/sessions-store';
import { LOAD_LOOK_BACK_MS } from './tab-deps';

/** Mentors a page: the directory port lists the same pages. */
export const DIRECTORY_PAGE_SIZE = 50;
/** The directory searches two weeks from when it opens; a day more covers the moments until it asks. */
const CALENDAR_WINDOW_MS = 15 * 86_400_000;
/** Older than this, an answer is not used: the directory reads again. */
const FRESH_MS = 30_000;

export interface WarmFirstPage {
  profiles: MentorProfile[];
  /** Booked starts by mentor id, from LOAD_LOOK_BACK_MS before the warm-up on. */
  booked: Map<string, number[]>;
  next?: string;
}

export interface DirectoryWarmUp {
  /** The first page (once). */
  takeFirstPage(): Promise<WarmFirstPage> | undefined;
  /** The calendars of these addresses read over a window covering [start, end), each once. */
  takeCalendars(emails: readonly string[], start: number, end: number): Map<string, Promise<CalendarReading | undefined>>;
}

export interface WarmUpInput {
  graph: GraphConnection;
  mentors: MentorsList;
  site: ProgramSite;
  /** The viewer's address as the host knows it (their calendar is read with the first page's). */
  viewerEmail?: string;
  now: () => number;
}

const key = (email: string) => email.trim().toLowerCase();

export function warmUpDirectory(input: WarmUpInput): DirectoryWarmUp {
  const { graph } = input;
  const startedAt = input.now();
  const window = { start: startedAt, end: startedAt + CALENDAR_WINDOW_MS };
  const items = listMentorItems(graph, input.mentors, { pageSize: DIRECTORY_PAGE_SIZE });
  // The join, the counts and the calendars go side by side once the page's ids and addresses are known.
  let firstPage: Promise<WarmFirstPage> | undefined = items.then(async (page) => {
    const [profiles, booked] = await Promise.all([
      profilesOf(graph, page.items),
      bookedStartsOf(graph, input.site, page.items.map((i) => i.userId), startedAt - LOAD_LOOK_BACK_MS),
    ]);
    return { profiles, booked, ...(page.next ? { next: page.next } : {}) };
  });
  firstPage.catch(() => undefined); // a failure is the directory's to see when it asks

  const calendars = new Map<string, Promise<CalendarReading | undefined>>();
  const viewer = input.viewerEmail ? key(input.viewerEmail) : undefined;
  const read = items.then((page) => {
    const emails = [...new Set([...(viewer ? [viewer] : []), ...page.items.map((i) => i.upn).filter((e): e is string => Boolean(e))])];
    return getAvailability(graph, { emails, start: window.start, end: window.end });
  });
  read.catch(() => undefined);
  const entry = (email: string) => read.then((all) => all.get(email), () => undefined);
  if (viewer) calendars.set(viewer, entry(viewer));
  void items.then(
    (page) => {
      for (const item of page.items) if (item.upn && !calendars.has(item.upn)) calendars.set(item.upn, entry(item.upn));
    },
    () => undefined,
  );

  const fresh = () => input.now() - startedAt <= FRESH_MS;
  return {
    takeFirstPage() {
      const taken = fresh() ? firstPage : undefined;
      firstPage = undefined;
      return taken;
    },
    takeCalendars(emails, start, end) {
      const taken = new Map<string, Promise<CalendarReading | undefined>>();
      if (!fresh() || start < window.start || end > window.end) return taken;
      for (const email of emails) {
        const found = calendars.get(key(email));
        if (!found) continue;
        calendars.delete(key(email));
        taken.set(key(email), found);
      }
      return taken;
    },
  };
}
