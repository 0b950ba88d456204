// Fake TabPorts for screen tests: plain data and jest-free functions a test can replace.
import type { BookingEvent, BookingState } from '../../domain/booking-saga';
import { fakeDashboardPort } from './fake-dashboard-port';
import { fakeOfficeHoursPort } from './fake-office-hours-ports';
import type { CalendarReading, MentorListing, TabPorts, Viewer } from './tab-ports';
import { fakeFlashEventsPort } from './fake-flash-events-port';

/** Monday 2 March 2026, 08:00 UTC (08:00 in London). */
export const FAKE_NOW = Date.UTC(2026, 2, 2, 8, 0);

export const FAKE_VIEWER: Viewer = {
  id: 'viewer-1',
  displayName: 'Ada Mentee',
  email: 'ada@contoso.example',
  department: 'Engineering',
  zone: 'Europe/London',
  locale: 'en-GB',
  isMentor: false,
  isProgramManager: false,
};

export function fakeMentor(id: string, fields: Partial<MentorListing> = {}): MentorListing {
  return {
    id,
    itemId: `item-${id}`,
    displayName: `Mentor ${id}`,
    email: `${id}@contoso.example`,
    jobTitle: 'Principal',
    department: 'Finance',
    topics: ['budgeting'],
    bio: 'Happy to help.',
    sessionLengths: [30, 45, 60],
    capacityPerWeek: 3,
    capacityPerMonth: 8,
    bookedThisWeek: 0,
    bookedThisMonth: 0,
    bookedStarts: [],
    noticeMinutes: 60,
    bufferMinutes: 0,
    ...fields,
  };
}

/** A working week in a zone with nothing booked. */
export function freeCalendar(email: string, zone = 'Europe/London'): CalendarReading {
  return { email, busy: [], workingHours: { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00', zone } };
}

export function fakeTabPorts(overrides: { mentors?: MentorListing[]; viewer?: Partial<Viewer> } & Partial<Omit<TabPorts, 'viewer'>> = {}): TabPorts {
  const mentors = overrides.mentors ?? [];
  return {
    viewer: { ...FAKE_VIEWER, ...overrides.viewer },
    now: () => FAKE_NOW,
    directory: overrides.directory ?? {
      listMentors: async () => ({ mentors }),
      mentor: async (id) => mentors.find((m) => m.id === id),
      readCalendars: async (emails, _start, _end, onBatch) => {
        const readings = emails.map((email) => freeCalendar(email));
        onBatch(readings);
        return readings;
      },
      photoUrl: async () => undefined,
    },
    booking: overrides.booking ?? { book: async (_input, _state: BookingState, _dispatch: (e: BookingEvent) => void) => undefined },
    mySessions: overrides.mySessions ?? {
      list: async () => [],
      saveChecklists: async () => Promise.reject(new Error('not in this test')),
      cancel: async () => Promise.reject(new Error('not in this test')),
      reschedule: async () => Promise.reject(new Error('not in this test')),
    },
    mentorOffer: overrides.mentorOffer ?? {
      read: async () => undefined,
      save: async () => Promise.reject(new Error('not in this test')),
      workingHours: async () => undefined,
      topics: () => [],
    },
    officeHours: overrides.officeHours ?? fakeOfficeHoursPort(),
    flashEvents: overrides.flashEvents ?? fakeFlashEventsPort(),
    dashboard: overrides.dashboard ?? fakeDashboardPort(),
  };
}
