// The directory's loading as a state machine: mentors arrive page by page, then calendars batch by
// batch; each step can fail on its own, and a failed listing can be retried without losing what came.
import type { CalendarReading, MentorListing, PortError } from '../common/tab-ports';

export type ListingStatus = 'loading' | 'more' | 'done' | 'failed';

export interface DirectoryState {
  /** 'loading' until the first page; 'failed' when no page came at all. */
  listing: ListingStatus;
  mentors: MentorListing[];
  /** Where the next page starts; absent when every page is in. */
  next?: string;
  /** The viewer's own calendar (their busy time and working hours). */
  viewer?: CalendarReading;
  /** Readings by email, lower-cased. */
  readings: Record<string, CalendarReading>;
  /** Emails whose calendars were asked for and are not in yet. */
  pending: Record<string, true>;
  /** Why the listing stopped. */
  error?: PortError;
  /** Why calendars could not be read (cards then say so instead of spinning). */
  calendarError?: PortError;
}

export type DirectoryEvent =
  | { type: 'load' }
  | { type: 'page'; mentors: MentorListing[]; next?: string }
  | { type: 'listing-failed'; error: PortError }
  | { type: 'viewer-calendar'; reading: CalendarReading }
  | { type: 'calendars-asked'; emails: string[] }
  | { type: 'calendars'; readings: CalendarReading[] }
  | { type: 'calendars-failed'; emails: string[]; error: PortError };

export const initialDirectoryState: DirectoryState = { listing: 'loading', mentors: [], readings: {}, pending: {} };

export const emailKey = (email: string): string => email.toLowerCase();

export function directoryReducer(state: DirectoryState, event: DirectoryEvent): DirectoryState {
  switch (event.type) {
    case 'load':
      return { ...state, listing: state.mentors.length === 0 ? 'loading' : 'more', error: undefined };
    case 'page': {
      // A page may repeat a mentor when the list changed between pages; keep the first.
      const seen = new Set(state.mentors.map((m) => m.id));
      const added = event.mentors.filter((m) => !seen.has(m.id));
      return { ...state, mentors: [...state.mentors, ...added], next: event.next, listing: event.next ? 'more' : 'done', error: undefined };
    }
    case 'listing-failed':
      return { ...state, listing: 'failed', error: event.error };
    case 'viewer-calendar':
      return { ...state, viewer: event.reading };
    case 'calendars-asked': {
      const pending = { ...state.pending };
      for (const email of event.emails) pending[emailKey(email)] = true;
      return { ...state, pending, calendarError: undefined };
    }
    case 'calendars': {
      const readings = { ...state.readings };
      const pending = { ...state.pending };
      for (const reading of event.readings) {
        readings[emailKey(reading.email)] = reading;
        delete pending[emailKey(reading.email)];
      }
      return { ...state, readings, pending };
    }
    case 'calendars-failed': {
      const pending = { ...state.pending };
      for (const email of event.emails) delete pending[emailKey(email)];
      return { ...state, pending, calendarError: event.error };
    }
  }
}
