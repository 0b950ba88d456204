// The directory's first page and its calendars, asked for as soon as there is a token: listing
// mentors needs neither /me nor the viewer's settings, so the first cards and their free time do
// not wait behind them. The directory port takes each answer once, while fresh; anything else it
// asks Graph for as usual.
import type { CalendarReading } from '../../ui/common/tab-ports';
import { getAvailability } from '../../graph/availability';
import type { GraphConnection } from '../../graph/graph-client';
import { listMentorItems, profilesOf, type MentorProfile, type MentorsList } from '../../graph/mentor-directory';
import { lookUpUsers } from '../../graph/user-lookup';
import { bookedStartsOf } from '../../graph/session-queries';
import type { ProgramSite } from '../../graph/sessions-store';
import { LOAD_LOOK_BACK_MS } from './tab-deps';

/** Mentors a page: the directory port lists the same pages. */
export const DIRECTORY_PAGE_SIZE = 50;
/** The directory searches two weeks from when it opens; a day more covers the moments until it asks. */
const CALENDAR_WINDOW_MS = 15 * 86_400_000;
/** Calendars in the first, small reads: the first cards'. */
export const FIRST_READ = 8;
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

/** A mentor of the directory's first page, as kept between visits. */
export interface RememberedMentor {
  userId: string;
  upn?: string;
}

/** The directory's first page as a viewer last saw it (who, in order), kept between visits. */
export interface FirstCardsMemory {
  recall(): RememberedMentor[];
  remember(mentors: RememberedMentor[]): void;
}

export interface WarmUpInput {
  graph: GraphConnection;
  mentors: MentorsList;
  site: ProgramSite;
  /** The viewer's address as the host knows it (their calendar is read at once). */
  viewerEmail?: string;
  /** The first page of the viewer's last visit, whose people and calendars are read before the page is listed. */
  memory?: FirstCardsMemory;
  now: () => number;
}

const key = (email: string) => email.trim().toLowerCase();

function dedupe(mentors: RememberedMentor[]): RememberedMentor[] {
  const seen = new Set<string>();
  return mentors.filter((m) => !seen.has(m.userId) && Boolean(seen.add(m.userId)));
}

export function warmUpDirectory(input: WarmUpInput): DirectoryWarmUp {
  const { graph } = input;
  const startedAt = input.now();
  const window = { start: startedAt, end: startedAt + CALENDAR_WINDOW_MS };
  const bookedFrom = startedAt - LOAD_LOOK_BACK_MS;
  const items = listMentorItems(graph, input.mentors, { pageSize: DIRECTORY_PAGE_SIZE });
  // The first page of the last visit, asked for beside the list: most days it is the same page, so
  // its people, counts and calendars are in when the list answers. Whoever is new is read then.
  // Calendars first (the browser sends a few requests at a time, in the order asked).
  const recalled = dedupe(input.memory?.recall() ?? []).slice(0, DIRECTORY_PAGE_SIZE);
  const recalledIds = recalled.map((m) => m.userId);

  // Calendars are read in small groups side by side, so the first free slots do not wait for the
  // whole page's: at once, the viewer's and those of the first cards of the last visit; once the
  // page is known, its first cards not yet asked for, then the rest.
  const calendars = new Map<string, Promise<CalendarReading | undefined>>();
  const readGroup = (emails: string[]) => {
    if (emails.length === 0) return;
    const read = getAvailability(graph, { emails, start: window.start, end: window.end });
    read.catch(() => undefined); // a failure is read again when the directory asks
    for (const email of emails) calendars.set(email, read.then((all) => all.get(email), () => undefined));
  };
  const viewer = input.viewerEmail ? key(input.viewerEmail) : undefined;
  const recalledEmails = recalled.map((m) => (m.upn ? key(m.upn) : '')).filter((email) => email && email !== viewer);
  readGroup([...new Set([...(viewer ? [viewer] : []), ...recalledEmails.slice(0, FIRST_READ)])]);
  const earlyUsers = recalledIds.length > 0 ? lookUpUsers(graph, recalledIds) : undefined;
  const earlyBooked = recalledIds.length > 0 ? bookedStartsOf(graph, input.site, recalledIds, bookedFrom) : undefined;
  earlyUsers?.catch(() => undefined);
  earlyBooked?.catch(() => undefined);

  let firstPage: Promise<WarmFirstPage> | undefined = items.then(async (page) => {
    input.memory?.remember(page.items.map((i) => ({ userId: i.userId, ...(i.upn ? { upn: i.upn } : {}) })));
    const ids = page.items.map((i) => i.userId);
    const newIds = ids.filter((id) => !recalledIds.includes(id));
    // An early read that failed is read again here, for the whole page.
    const [known, earlyCounts, newCounts] = await Promise.all([
      earlyUsers?.catch(() => undefined),
      earlyBooked?.catch(() => undefined),
      ids.length > 0 ? bookedStartsOf(graph, input.site, earlyBooked ? newIds : ids, bookedFrom).catch(() => undefined) : new Map<string, number[]>(),
    ]);
    const profiles = await profilesOf(graph, page.items, known);
    const booked = earlyCounts && newCounts ? new Map([...earlyCounts, ...newCounts]) : await bookedStartsOf(graph, input.site, ids, bookedFrom);
    return { profiles, booked, ...(page.next ? { next: page.next } : {}) };
  });
  firstPage.catch(() => undefined); // a failure is the directory's to see when it asks

  void items.then(
    (page) => {
      const emails = [...new Set(page.items.map((i) => i.upn).filter((e): e is string => Boolean(e)).map(key))];
      const missing = emails.filter((email) => !calendars.has(email));
      readGroup(missing.slice(0, FIRST_READ));
      readGroup(missing.slice(FIRST_READ));
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
