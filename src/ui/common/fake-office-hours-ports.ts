// A fake OfficeHoursPort for screen tests: one open sheet in memory, claims decided as the store
// would (first holds the slot, later ones wait), so screens can be driven through every state.
import type { SignupSheet } from '../../domain/signup-sheet';
import type { SlotClaim } from '../../domain/signup-claims';
import { FAKE_NOW } from './fake-tab-ports';
import type { OfficeHoursPort, SheetView } from './office-hours-ports';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Tuesday 3 March 2026 10:00 UTC: four 15-minute slots (a function: fake-tab-ports imports this module). */
export const fakeSheet = (fields: Partial<SignupSheet> = {}): SignupSheet => ({
  key: 'sheet-1',
  itemId: '1',
  mentorId: 'mentor-1',
  mentorName: 'Daniel Okafor',
  mentorEmail: 'daniel@contoso.example',
  topic: 'public speaking',
  note: 'Bring one question about a talk you are preparing.',
  slots: [0, 1, 2, 3].map((i) => ({ start: FAKE_NOW + 26 * HOUR + i * 15 * MINUTE, end: FAKE_NOW + 26 * HOUR + (i + 1) * 15 * MINUTE })),
  status: 'open',
  postedBy: 'mentor-1',
  ...fields,
});

export function fakeClaim(fields: Partial<SlotClaim> & Pick<SlotClaim, 'itemId' | 'menteeId' | 'state'>): SlotClaim {
  return {
    sheetItemId: '1',
    slotStart: fakeSheet().slots[0]!.start,
    menteeName: fields.menteeId,
    menteeEmail: `${fields.menteeId}@contoso.example`,
    menteePlace: { zone: 'Europe/London', locale: 'en-GB' },
    goal: 'Could you check the opening of my talk?',
    context: '',
    success: 'A stronger first minute',
    joinedAt: FAKE_NOW,
    ...fields,
  };
}

const notHere = async (): Promise<never> => Promise.reject(new Error('not in this test'));

export function fakeOfficeHoursPort(overrides: Partial<OfficeHoursPort> & { sheets?: SheetView[] } = {}): OfficeHoursPort {
  const sheets = overrides.sheets ?? [];
  return {
    openSheets: async () => sheets,
    sheetsOf: async (mentorId) => sheets.filter((s) => s.sheet.mentorId === mentorId),
    claim: notHere,
    accept: notHere,
    cancel: notHere,
    postableMentors: async () => [],
    freeSlots: async () => [],
    post: notHere,
    close: notHere,
    withdraw: notHere,
    ...overrides,
  };
}


