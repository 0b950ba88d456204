// The directory's state: mentors page by page, their calendars batch by batch, the mentee's
// search and filters, and the domain's ranking over what has arrived so far.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { rankMentors, type MentorCandidate, type RankedMentor } from '../../domain/matching';
import type { TimeBoxMinutes } from '../../domain/time-box';
import { normalizeTopic, resolveTopic } from '../../domain/topics';
import { toPortError } from '../common/error-state';
import { usePorts } from '../common/ports-context';
import type { CalendarReading, MentorListing, PortError } from '../common/tab-ports';
import { directoryReducer, emailKey, initialDirectoryState, type DirectoryState } from './directory-reducer';
import { createSlotSearch, endOfWeek, timeBoxFor, type SlotSearch } from './slot-search';

export interface DirectoryFilters {
  /** A topic or the words of a question. */
  query: string;
  topic?: string;
  department?: string;
  length?: TimeBoxMinutes;
  freeThisWeek: boolean;
}

export const NO_FILTERS: DirectoryFilters = { query: '', freeThisWeek: false };

/** What a card says about free time. */
export type SlotView =
  | { kind: 'loading' }
  | { kind: 'slot'; start: number; box: TimeBoxMinutes }
  | { kind: 'none'; box: TimeBoxMinutes }
  | { kind: 'problem'; message: string };

export interface MentorResult {
  mentor: MentorListing;
  ranked: RankedMentor;
  slot: SlotView;
}

/** Cards drawn at first and added by each "Show more". */
export const PAGE_OF_CARDS = 20;

export function useDirectory() {
  const ports = usePorts();
  const { viewer, directory } = ports;
  const [state, dispatch] = useReducer(directoryReducer, initialDirectoryState);
  const [filters, setFilters] = useState<DirectoryFilters>(NO_FILTERS);
  const [visible, setVisible] = useState(PAGE_OF_CARDS);
  // One instant for the whole visit, so slots and ranking agree with each other.
  const [now] = useState(() => ports.now());
  // Each mount (StrictMode mounts twice) is a generation; answers for an old one are dropped.
  const generation = useRef(0);
  const range = useMemo(() => createSlotSearch({ email: viewer.email, busy: [] }, viewer.zone, now), [viewer.email, viewer.zone, now]);

  const readCalendars = useCallback(
    async (emails: string[]) => {
      if (emails.length === 0) return;
      const mine = generation.current;
      const live = () => generation.current === mine;
      dispatch({ type: 'calendars-asked', emails });
      try {
        await directory.readCalendars(emails, range.from, range.to, (readings) => live() && dispatch({ type: 'calendars', readings }));
      } catch (error) {
        if (live()) dispatch({ type: 'calendars-failed', emails, error: toPortError(error) });
      }
    },
    [directory, range],
  );

  // Pages are listed one after another; each page's calendars are read as soon as it is drawn.
  const listFrom = useCallback(
    async (next: string | undefined) => {
      const mine = generation.current;
      const live = () => generation.current === mine;
      let cursor = next;
      let calendars = Promise.resolve();
      for (;;) {
        dispatch({ type: 'load' });
        let page;
        try {
          page = await directory.listMentors(cursor);
        } catch (error) {
          if (live()) dispatch({ type: 'listing-failed', error: toPortError(error) });
          return;
        }
        if (!live()) return;
        dispatch({ type: 'page', mentors: page.mentors, next: page.next });
        const emails = page.mentors.map((m) => m.email);
        calendars = calendars.then(() => (live() ? readCalendars(emails) : undefined));
        if (!page.next) return;
        cursor = page.next;
      }
    },
    [directory, readCalendars],
  );

  useEffect(() => {
    const mine = ++generation.current;
    const live = () => generation.current === mine;
    directory.readCalendars([viewer.email], range.from, range.to, () => undefined).then(
      (readings) => live() && dispatch({ type: 'viewer-calendar', reading: readings.find((r) => emailKey(r.email) === emailKey(viewer.email)) ?? { email: viewer.email, busy: [] } }),
      // Without the viewer's calendar, slots are still worth showing: the mentor's free time in a standard week.
      (error: unknown) => live() && dispatch({ type: 'viewer-calendar', reading: { email: viewer.email, busy: [], problem: toPortError(error).message } }),
    );
    void listFrom(undefined);
    return () => {
      generation.current++;
    };
  }, [directory, viewer.email, range, listFrom]);

  const search = useMemo<SlotSearch | undefined>(() => (state.viewer ? createSlotSearch(state.viewer, viewer.zone, now) : undefined), [state.viewer, viewer.zone, now]);

  const slotOf = useCallback((mentor: MentorListing, wanted?: TimeBoxMinutes): SlotView => slotView(state, search, mentor, wanted), [state, search]);

  const results = useMemo(() => rank(state, search, filters, viewer, now), [state, search, filters, viewer, now]);

  const facets = useMemo(() => facetsOf(state.mentors), [state.mentors]);

  const retry = useCallback(() => {
    void listFrom(state.mentors.length === 0 ? undefined : state.next);
  }, [listFrom, state.mentors.length, state.next]);

  const retryCalendars = useCallback(() => {
    const missing = state.mentors.filter((m) => !state.readings[emailKey(m.email)]).map((m) => m.email);
    void readCalendars(missing);
  }, [readCalendars, state.mentors, state.readings]);

  const updateFilters = useCallback((next: Partial<DirectoryFilters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setVisible(PAGE_OF_CARDS);
  }, []);

  const mentorById = useCallback((id: string) => state.mentors.find((m) => m.id === id), [state.mentors]);

  return {
    state,
    filters,
    updateFilters,
    results,
    visible: results.slice(0, visible),
    hasMore: results.length > visible,
    showMore: () => setVisible((n) => n + PAGE_OF_CARDS),
    facets,
    search,
    slotOf,
    mentorById,
    retry,
    retryCalendars,
    now,
  };
}

export type Directory = ReturnType<typeof useDirectory>;

function slotView(state: DirectoryState, search: SlotSearch | undefined, mentor: MentorListing, wanted?: TimeBoxMinutes): SlotView {
  const reading: CalendarReading | undefined = state.readings[emailKey(mentor.email)];
  if (!reading) {
    if (state.calendarError && !state.pending[emailKey(mentor.email)]) return { kind: 'problem', message: 'Free time could not be read.' };
    return { kind: 'loading' };
  }
  if (!search) return { kind: 'loading' };
  const box = timeBoxFor(mentor, wanted);
  const slots = search.slots(mentor, reading, box);
  if (slots.kind === 'problem') return slots;
  return slots.starts.length > 0 ? { kind: 'slot', start: slots.starts[0]!, box } : { kind: 'none', box };
}

/** Whether a mentor names a topic, in the vocabulary's sense ("CV" names "resume review"). */
export function mentorHasTopic(mentor: MentorListing, topic: string): boolean {
  const wanted = normalizeTopic(topic);
  return mentor.topics.some((t) => normalizeTopic(t) === wanted || resolveTopic(t).includes(topic));
}

function rank(state: DirectoryState, search: SlotSearch | undefined, filters: DirectoryFilters, viewer: { id: string; department?: string; zone: string }, now: number): MentorResult[] {
  const weekEnd = endOfWeek(now, viewer.zone);
  const byId = new Map<string, { mentor: MentorListing; slot: SlotView }>();
  const candidates: MentorCandidate[] = [];
  for (const mentor of state.mentors) {
    if (filters.topic && !mentorHasTopic(mentor, filters.topic)) continue;
    if (filters.department && mentor.department !== filters.department) continue;
    if (filters.length && !mentor.sessionLengths.includes(filters.length)) continue;
    const slot = slotView(state, search, mentor, filters.length);
    // Until a calendar is in, the mentor may yet be free this week: keep the card (it shows it is loading).
    if (filters.freeThisWeek && slot.kind !== 'loading' && !(slot.kind === 'slot' && slot.start < weekEnd)) continue;
    byId.set(mentor.id, { mentor, slot });
    candidates.push({
      id: mentor.id,
      displayName: mentor.displayName,
      department: mentor.department,
      topics: mentor.topics,
      active: true,
      capacityPerWeek: mentor.capacityPerWeek,
      capacityPerMonth: mentor.capacityPerMonth,
      bookedThisWeek: mentor.bookedThisWeek,
      bookedThisMonth: mentor.bookedThisMonth,
      soonestSlotStart: slot.kind === 'slot' ? slot.start : undefined,
    });
  }
  const query = filters.query.trim();
  const topic = filters.topic ?? query;
  const ranked = rankMentors({ topic, goal: query }, { id: viewer.id, department: viewer.department }, candidates, { now, includeUnrelated: topic === '' });
  return ranked.map((r) => ({ ...byId.get(r.mentor.id)!, ranked: r }));
}

export interface Facets {
  topics: string[];
  departments: string[];
}

function facetsOf(mentors: readonly MentorListing[]): Facets {
  const topics = new Map<string, string>();
  const departments = new Set<string>();
  for (const m of mentors) {
    for (const t of m.topics) if (!topics.has(normalizeTopic(t))) topics.set(normalizeTopic(t), t);
    if (m.department) departments.add(m.department);
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  return { topics: [...topics.values()].sort(byText), departments: [...departments].sort(byText) };
}

export type { PortError };
