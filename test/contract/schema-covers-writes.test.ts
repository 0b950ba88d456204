// One schema for the app: every column the gateway writes is a column the schema gives its list, so
// set-up creates what the app writes, and a column added to a writer without the schema fails here.
import { PROGRAM_SCHEMA } from '../../src/domain/program-schema';
import type { FlashEventRecord } from '../../src/domain/flash-record';
import type { SlotClaim } from '../../src/domain/signup-claims';
import type { SignupSheet } from '../../src/domain/signup-sheet';
import type { StoryRecord } from '../../src/domain/story-record';
import { eventToFields, participantToFields } from '../../src/graph/flash-event-fields';
import { pilotToFields } from '../../src/graph/pilot-store';
import { sessionToFields } from '../../src/graph/session-fields';
import { claimToFields, sheetToFields } from '../../src/graph/signup-fields';
import { storyToFields } from '../../src/graph/story-fields';
import { draftSession } from '../integration/gateway-harness';

const START = Date.parse('2030-01-03T09:00:00Z');

function columnsOf(list: string): string[] {
  const found = PROGRAM_SCHEMA.lists.find((l) => l.name === list);
  if (!found) throw new Error(`The schema has no list ${list}`);
  return ['Title', ...found.columns.map((c) => c.name)];
}

/** Field names as written (Graph's @odata.type annotations are not columns). */
const written = (fields: object) => Object.keys(fields).filter((k) => !k.includes('@odata.'));

function expectCovered(list: string, fields: object): void {
  const names = written(fields);
  expect(names.length).toBeGreaterThan(3);
  expect(names.filter((n) => !columnsOf(list).includes(n))).toEqual([]);
}

describe('the schema covers every column the app writes', () => {
  it('Sessions', () => {
    const fields = sessionToFields({ ...draftSession('k-1'), shareStory: true } as ReturnType<typeof draftSession>);
    expectCovered('Sessions', fields);
  });

  it('SignupSheets and SignupClaims', () => {
    const sheet: SignupSheet = { key: 'k1', itemId: '4', mentorId: 'm', mentorName: 'Daniel', mentorEmail: 'd@x', topic: 'public speaking', note: '', slots: [{ start: START, end: START + 900_000 }], status: 'open', postedBy: 'm' };
    const claim: SlotClaim = { itemId: '7', sheetItemId: '4', slotStart: START, menteeId: 'a', menteeName: 'Ana', menteeEmail: 'a@x', menteePlace: { zone: 'Asia/Kolkata', locale: 'en-IN' }, state: 'waiting', goal: 'g', context: '', success: 's', joinedAt: 5, offerMailed: false };
    expectCovered('SignupSheets', sheetToFields(sheet));
    expectCovered('SignupClaims', claimToFields(claim));
  });

  it('FlashEvents and FlashParticipants', () => {
    const event: FlashEventRecord = { itemId: '', key: 'flash-1', organizerId: 'o', status: 'open', meetings: {}, title: 'Flash', start: START, zone: 'Europe/London', roundMinutes: 10, rounds: 3, breakMinutes: 5, topics: ['negotiation'], registrationCloses: START - 86_400_000 };
    expectCovered('FlashEvents', eventToFields(event));
    const participant = participantToFields('flash-1', { userId: 'u', name: 'Ana', email: 'a@x', role: 'mentee', status: 'registered', topics: ['negotiation'], zone: 'Europe/London', feedback: { 1: 'useful' } } as Parameters<typeof participantToFields>[1]);
    expectCovered('FlashParticipants', participant);
  });

  it('SuccessStories and Pilots', () => {
    const story: StoryRecord = {
      story: { sessionKey: 'k-1', topic: 'negotiation', goal: 'Prepare the renewal', success: 'A walk-away point', result: 'met', actions: ['Write it down'], department: 'Finance' },
      status: 'published',
      publishedAt: START,
      heldAt: START,
      channel: { teamId: 't', channelId: 'c', channelName: 'General', messageId: '17' },
    };
    expectCovered('SuccessStories', storyToFields(story));
    const pilot = pilotToFields({ key: 'p-1', zone: 'Europe/London', startedById: 'o', pilot: { name: 'Pilot', from: START, to: START + 86_400_000, people: ['a'], goal: { sessions: 10, metOrPartly: 0.7 } } } as Parameters<typeof pilotToFields>[0]);
    expectCovered('Pilots', pilot);
  });
});
