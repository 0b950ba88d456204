// The emulator's SQLite store. One schema for every module: Microsoft 365's state as rows.
// Times are epoch milliseconds (UTC); zones are IANA names.
// Bumped when the schema or the seed's shape changes (3: Sessions.SessionKey is unique; 4: Mentors has
// NoticeMinutes and BufferMinutes and a unique MentorUserId, Sessions' MenteeId and MentorId are indexed; 5: the program site has its own random stream and a fixed demo mentor;
// 6: Sessions has MeetingId and FollowUp, and ChatId is indexed; 7: SignupSheets and SignupClaims lists with a demo sheet;
// 8: FlashEvents and FlashParticipants lists with a demo event, participants with Feedback; 9: a program history of past sessions):
// an older store is seeded again on open.
export const SCHEMA_VERSION = 9;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS tokens (
  token TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  given_name TEXT,
  surname TEXT,
  mail TEXT COLLATE NOCASE,
  job_title TEXT,
  department TEXT,
  office_location TEXT,
  seniority TEXT,                 -- junior | mid | senior | principal | executive
  manager_id TEXT,
  time_zone TEXT NOT NULL,        -- IANA, e.g. Europe/London
  work_days TEXT NOT NULL,        -- JSON array of Graph day names, e.g. ["monday",…]
  work_start TEXT NOT NULL,       -- 'HH:MM:SS' local time
  work_end TEXT NOT NULL,
  persona TEXT                    -- mentee | mentor | manager for the three demo personas
);
CREATE INDEX IF NOT EXISTS users_display_name ON users (display_name COLLATE NOCASE);

-- One row per event or occurrence; attendees see the organizer's row in their own calendars.
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  organizer_id TEXT NOT NULL,
  transaction_id TEXT,
  ical_uid TEXT NOT NULL,
  series_master_id TEXT,          -- set on occurrences of a recurring meeting
  event_type TEXT NOT NULL DEFAULT 'singleInstance', -- singleInstance | occurrence
  subject TEXT NOT NULL DEFAULT '',
  body_type TEXT NOT NULL DEFAULT 'html',
  body_content TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  start_ms INTEGER NOT NULL,
  end_ms INTEGER NOT NULL,
  start_tz TEXT NOT NULL DEFAULT 'UTC',
  end_tz TEXT NOT NULL DEFAULT 'UTC',
  is_all_day INTEGER NOT NULL DEFAULT 0,
  show_as TEXT NOT NULL DEFAULT 'busy', -- free | tentative | busy | oof | workingElsewhere
  sensitivity TEXT NOT NULL DEFAULT 'normal', -- normal | private
  is_online_meeting INTEGER NOT NULL DEFAULT 0,
  online_meeting_provider TEXT NOT NULL DEFAULT 'unknown',
  join_url TEXT,
  chat_id TEXT,
  is_cancelled INTEGER NOT NULL DEFAULT 0,
  created_ms INTEGER NOT NULL,
  modified_ms INTEGER NOT NULL,
  change_key TEXT NOT NULL,
  extra TEXT NOT NULL DEFAULT '{}' -- JSON of other writable event properties kept as given
);
CREATE UNIQUE INDEX IF NOT EXISTS events_transaction ON events (organizer_id, transaction_id) WHERE transaction_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_organizer_time ON events (organizer_id, start_ms);

CREATE TABLE IF NOT EXISTS event_attendees (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  email TEXT NOT NULL COLLATE NOCASE,
  user_id TEXT,                   -- null for people outside the organisation
  name TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT 'required', -- required | optional | resource
  response TEXT NOT NULL DEFAULT 'none',
  PRIMARY KEY (event_id, email)
);
CREATE INDEX IF NOT EXISTS event_attendees_user ON event_attendees (user_id);

CREATE TABLE IF NOT EXISTS online_meetings (
  id TEXT PRIMARY KEY,
  event_id TEXT,
  organizer_id TEXT NOT NULL,
  join_url TEXT NOT NULL UNIQUE,
  chat_id TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  start_ms INTEGER NOT NULL,
  end_ms INTEGER NOT NULL,
  created_ms INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS chats (
  id TEXT PRIMARY KEY,
  topic TEXT,
  chat_type TEXT NOT NULL DEFAULT 'meeting', -- meeting | group | oneOnOne
  online_meeting_id TEXT,
  created_ms INTEGER NOT NULL,
  modified_ms INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS chat_members (
  chat_id TEXT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  roles TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (chat_id, user_id)
);

CREATE TABLE IF NOT EXISTS chat_messages (
  id TEXT PRIMARY KEY,
  chat_id TEXT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  from_user_id TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  content_type TEXT NOT NULL DEFAULT 'html', -- html | text
  content TEXT NOT NULL,
  subject TEXT,
  attachments TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS chat_messages_chat ON chat_messages (chat_id, created_ms);

CREATE TABLE IF NOT EXISTS pinned_messages (
  id TEXT PRIMARY KEY,
  chat_id TEXT NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  message_id TEXT NOT NULL,
  pinned_by TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  UNIQUE (chat_id, message_id)
);

CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  web_url TEXT NOT NULL,
  is_root INTEGER NOT NULL DEFAULT 0,
  created_ms INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id),
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  columns TEXT NOT NULL DEFAULT '[]', -- JSON of Graph columnDefinition objects
  next_item_id INTEGER NOT NULL DEFAULT 1,
  created_ms INTEGER NOT NULL,
  modified_ms INTEGER NOT NULL,
  UNIQUE (site_id, name)
);

CREATE TABLE IF NOT EXISTS list_items (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  fields TEXT NOT NULL,            -- JSON object of column values
  version INTEGER NOT NULL DEFAULT 1,
  created_by TEXT NOT NULL,
  modified_by TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  modified_ms INTEGER NOT NULL,
  PRIMARY KEY (list_id, id)
);

CREATE TABLE IF NOT EXISTS mail_messages (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL,          -- whose mailbox holds this copy
  folder TEXT NOT NULL,            -- inbox | sentitems
  subject TEXT NOT NULL DEFAULT '',
  body_type TEXT NOT NULL DEFAULT 'html',
  body_content TEXT NOT NULL DEFAULT '',
  from_email TEXT NOT NULL,
  from_name TEXT NOT NULL DEFAULT '',
  to_recipients TEXT NOT NULL DEFAULT '[]',
  cc_recipients TEXT NOT NULL DEFAULT '[]',
  created_ms INTEGER NOT NULL,
  is_read INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS mail_owner ON mail_messages (owner_id, folder, created_ms);
`;
