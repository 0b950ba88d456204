// The program site's lists as the app uses them: every list, column, type, choice values, indexed
// and unique setting, and the schema's version. The one source for program set-up (src/graph/
// program-setup.ts), the emulator's seed (given this as data by whoever starts it) and the README's
// table (scripts/schema-readme.ts). Every list also has SharePoint's own Title column, not listed.
import { TOPIC_VOCABULARY } from './topics';

export type ColumnType = 'text' | 'note' | 'number' | 'yes/no' | 'date and time' | 'choices';

export interface SchemaColumn {
  /** SharePoint's internal name: what the app reads and writes. */
  name: string;
  displayName: string;
  type: ColumnType;
  /** For 'choices': the values a person may tick (several at once). */
  choices?: readonly string[];
  /** The app filters or orders on it: SharePoint lists large lists only by indexed columns. */
  indexed?: boolean;
  /** A natural key: SharePoint refuses a second item with the same value (such a column must be indexed too). */
  unique?: boolean;
}

export interface SchemaList {
  name: string;
  displayName: string;
  description: string;
  columns: readonly SchemaColumn[];
}

export interface ProgramSchema {
  /** Raised whenever a list or column is added; the site records the version it was set up with. */
  version: number;
  lists: readonly SchemaList[];
}

const text = (name: string, displayName = name): SchemaColumn => ({ name, displayName, type: 'text' });
const note = (name: string, displayName = name): SchemaColumn => ({ name, displayName, type: 'note' });
const number = (name: string, displayName = name): SchemaColumn => ({ name, displayName, type: 'number' });
const yesNo = (name: string, displayName = name): SchemaColumn => ({ name, displayName, type: 'yes/no' });
const dateTime = (name: string, displayName = name): SchemaColumn => ({ name, displayName, type: 'date and time' });
const choices = (name: string, displayName: string, values: readonly string[]): SchemaColumn => ({ name, displayName, type: 'choices', choices: values });
const indexed = (column: SchemaColumn): SchemaColumn => ({ ...column, indexed: true });
const uniqueKey = (name: string, displayName = name): SchemaColumn => ({ ...text(name, displayName), indexed: true, unique: true });

/** Minutes a mentor may offer a session for. */
export const SESSION_LENGTH_CHOICES = ['30', '45', '60'] as const;

/** The list that records which schema version the site was set up with (one item, Title and RecordKey 'schema'). */
export const SCHEMA_VERSION_LIST = 'ProgramSchema';
export const SCHEMA_VERSION_ITEM = 'schema';

export const PROGRAM_SCHEMA: ProgramSchema = {
  version: 1,
  lists: [
    {
      name: 'Mentors',
      displayName: 'Mentors',
      description: 'People who offer micro-mentoring sessions, their topics and capacity.',
      columns: [
        // One profile a mentor: a second opt-in (another tab) is refused by the list and reads the first.
        uniqueKey('MentorUserId', 'Mentor user id'),
        text('MentorUpn', 'Mentor UPN'),
        choices('Topics', 'Topics', TOPIC_VOCABULARY.map((t) => t.label)),
        number('CapacityPerWeek', 'Capacity per week'),
        number('CapacityPerMonth', 'Capacity per month'),
        choices('SessionLengths', 'Session lengths', SESSION_LENGTH_CHOICES),
        note('Bio'),
        yesNo('Active'),
        number('NoticeMinutes', 'Minimum notice (minutes)'),
        number('BufferMinutes', 'Buffer between sessions (minutes)'),
      ],
    },
    {
      name: 'Sessions',
      displayName: 'Sessions',
      description: 'One item per mentoring session, from request to result.',
      columns: [
        uniqueKey('SessionKey', 'Session key'),
        indexed(text('MenteeId', 'Mentee id')),
        indexed(text('MentorId', 'Mentor id')),
        text('Topic'),
        note('Goal'),
        note('Context'),
        note('Success'),
        text('Format'),
        number('TimeBoxMinutes', 'Time box (minutes)'),
        dateTime('StartUtc', 'Start (UTC)'),
        dateTime('EndUtc', 'End (UTC)'),
        text('EventId', 'Event id'),
        note('JoinUrl', 'Join URL'),
        // The meeting side panel finds its session by the meeting's chat id.
        indexed(text('ChatId', 'Chat id')),
        text('MeetingId', 'Meeting id'),
        text('Status'),
        note('Checklists'),
        note('AgreedActions', 'Agreed actions'),
        note('Result'),
        yesNo('ThankYouSent', 'Thank-you sent'),
        // The program manager's success stories read the consented sessions.
        indexed(yesNo('ShareStory', 'Share story')),
        yesNo('ShareDepartment', 'Share department'),
        note('Progress'),
        note('TimeBox', 'Time box'),
        note('FollowUp', 'Follow-up'),
        // A skill sequence's key, goal and result (JSON); grouped after the MenteeId filter, so not indexed.
        note('Sequence'),
      ],
    },
    {
      name: 'SignupSheets',
      displayName: 'Sign-up sheets',
      description: 'Ask-an-Expert office hours: short slots a mentor offers on one topic.',
      columns: [
        uniqueKey('SheetKey', 'Sheet key'),
        indexed(text('MentorId', 'Mentor id')),
        text('MentorName', 'Mentor name'),
        text('MentorEmail', 'Mentor email'),
        text('Topic'),
        note('Note'),
        // The slots as JSON [{start, end}] in UTC ISO.
        note('Slots'),
        dateTime('FirstStartUtc', 'First slot (UTC)'),
        dateTime('LastEndUtc', 'Last slot ends (UTC)'),
        indexed(text('Status')),
        text('PostedBy', 'Posted by'),
      ],
    },
    {
      name: 'SignupClaims',
      displayName: 'Sign-up claims',
      description: 'Who claimed which office-hours slot, and who waits for one.',
      columns: [
        uniqueKey('ClaimKey', 'Claim key'),
        uniqueKey('MenteeKey', 'Mentee key'),
        indexed(text('SheetId', 'Sheet id')),
        dateTime('SlotStartUtc', 'Slot start (UTC)'),
        indexed(text('MenteeId', 'Mentee id')),
        text('MenteeName', 'Mentee name'),
        text('MenteeEmail', 'Mentee email'),
        text('MenteeZone', 'Mentee time zone'),
        text('MenteeLocale', 'Mentee locale'),
        text('State'),
        note('Goal'),
        note('Context'),
        note('Success'),
        number('JoinedAt', 'Joined (epoch ms)'),
        dateTime('OfferExpiresUtc', 'Offer expires (UTC)'),
        yesNo('OfferMailed', 'Offer mailed'),
        text('SessionKey', 'Session key'),
      ],
    },
    {
      name: 'FlashEvents',
      displayName: 'Flash events',
      description: 'Flash-mentoring events: rounds of 10–15 minutes at mentor tables.',
      columns: [
        uniqueKey('EventKey', 'Event key'),
        indexed(text('OrganizerId', 'Organizer id')),
        text('Status'),
        dateTime('StartUtc', 'Start (UTC)'),
        text('TimeZone', 'Time zone'),
        number('RoundMinutes', 'Round (minutes)'),
        number('Rounds'),
        number('BreakMinutes', 'Break (minutes)'),
        note('Topics'),
        dateTime('RegistrationClosesUtc', 'Registration closes (UTC)'),
        note('Plan'),
        note('Meetings'),
      ],
    },
    {
      name: 'FlashParticipants',
      displayName: 'Flash participants',
      description: 'Who is invited to which flash event, registration and topics.',
      columns: [
        uniqueKey('ParticipantKey', 'Participant key'),
        indexed(text('EventKey', 'Event key')),
        indexed(text('UserId', 'User id')),
        text('Email'),
        text('Role'),
        text('Status'),
        note('Topics'),
        text('TimeZone', 'Time zone'),
        note('Feedback'),
      ],
    },
    {
      name: 'TopicSearches',
      displayName: 'Topic searches',
      description: 'What people searched for in the directory (topic only) and whether a mentor had free time.',
      columns: [indexed(text('Topic')), indexed(dateTime('SearchedAtUtc', 'Searched at')), yesNo('FoundFreeMentor', 'Found a mentor with free time')],
    },
    {
      name: 'SuccessStories',
      displayName: 'Success stories',
      description: 'Anonymised stories of sessions whose mentee consented, as the program manager published them.',
      columns: [
        uniqueKey('SessionKey', 'Session key'),
        indexed(text('Status')),
        indexed(dateTime('PublishedAtUtc', 'Published (UTC)')),
        indexed(text('Topic')),
        note('Goal'),
        note('Success'),
        text('Result'),
        note('Actions'),
        text('Department'),
        dateTime('HeldAtUtc', 'Held (UTC)'),
        note('ChannelPost', 'Channel post'),
      ],
    },
    {
      name: 'Pilots',
      displayName: 'Pilots',
      description: 'Micro-mentoring pilots: dates, people and the goal that decides whether to scale up.',
      columns: [
        uniqueKey('PilotKey', 'Pilot key'),
        dateTime('StartUtc', 'Starts (UTC)'),
        // Exclusive: the first instant after the pilot's last day.
        dateTime('EndUtc', 'Ends (UTC)'),
        text('TimeZone', 'Time zone'),
        // JSON: the user ids of its mentors and mentees.
        note('People'),
        number('GoalSessions', 'Goal: sessions'),
        number('GoalMetOrPartly', 'Goal: % met or partly'),
        indexed(text('StartedById', 'Started by id')),
        yesNo('Archived'),
      ],
    },
    {
      name: SCHEMA_VERSION_LIST,
      displayName: 'Program schema',
      description: 'Which version of the Micromentor lists this site was set up with. Do not edit.',
      // RecordKey is unique, so a retried write of the version makes one item.
      columns: [uniqueKey('RecordKey', 'Record key'), number('SchemaVersion', 'Schema version')],
    },
  ],
};

/**
 * A column as Microsoft Graph's columnDefinition (the body of "Create columnDefinition" and a
 * list's `columns`): one type facet, `indexed` and `enforceUniqueValues`.
 */
export function columnDefinition(column: SchemaColumn): Record<string, unknown> {
  const facet: Record<string, unknown> = {
    text: { text: { allowMultipleLines: false, maxLength: 255 } },
    note: { text: { allowMultipleLines: true } },
    number: { number: {} },
    'yes/no': { boolean: {} },
    'date and time': { dateTime: { displayAs: 'standard', format: 'dateTime' } },
    choices: { choice: { allowTextEntry: false, choices: [...(column.choices ?? [])], displayAs: 'checkBoxes' } },
  }[column.type] as Record<string, unknown>;
  return {
    name: column.name,
    displayName: column.displayName,
    ...facet,
    ...(column.indexed ? { indexed: true } : {}),
    ...(column.unique ? { enforceUniqueValues: true } : {}),
  };
}

/** The schema as Graph lists (name, displayName, description, columnDefinitions): what the emulator seeds. */
export function graphLists(schema: ProgramSchema): { version: number; lists: { name: string; displayName: string; description: string; columns: Record<string, unknown>[] }[] } {
  return {
    version: schema.version,
    lists: schema.lists.map((l) => ({ name: l.name, displayName: l.displayName, description: l.description, columns: l.columns.map(columnDefinition) })),
  };
}
