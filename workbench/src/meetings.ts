// The Teams meetings the signed-in persona is in, read from the Graph emulator as that persona
// (their meeting chats), so the meeting surfaces can be opened in any of them.
import { PersonaGraph } from './persona-graph';
import type { Persona } from './personas';

export interface WorkbenchMeeting {
  /** The meeting chat's thread id: `chat.id` in the Teams context. */
  chatId: string;
  /** Teams' meeting id: `meeting.id` in the Teams context. */
  meetingId: string;
  topic: string;
  joinUrl?: string;
  organizerName?: string;
}

interface GraphChat {
  id: string;
  topic: string | null;
  chatType: string;
  onlineMeetingInfo: { joinWebUrl?: string; organizer?: { displayName?: string | null } } | null;
}

/**
 * Teams' meeting id as `app.getContext().meeting.id` gives it: base64 of `0#{thread id}#0`.
 * It is not Graph's onlineMeeting id; apps only pass it through.
 */
export function teamsMeetingId(chatId: string): string {
  return btoa(`0#${chatId}#0`);
}

export function meetingFromChat(chat: GraphChat): WorkbenchMeeting {
  return {
    chatId: chat.id,
    meetingId: teamsMeetingId(chat.id),
    topic: chat.topic || 'Teams meeting',
    joinUrl: chat.onlineMeetingInfo?.joinWebUrl,
    organizerName: chat.onlineMeetingInfo?.organizer?.displayName ?? undefined,
  };
}

/** The persona's meeting chats (Graph's `GET /me/chats?$filter=chatType eq 'meeting'`), newest first. */
export async function loadMeetingsOf(origin: string, persona: Persona): Promise<WorkbenchMeeting[]> {
  try {
    const query = new URLSearchParams({ $filter: "chatType eq 'meeting'", $top: '50' });
    const { value } = await new PersonaGraph(origin, persona).call<{ value: GraphChat[] }>('GET', `/me/chats?${query}`);
    return value.map(meetingFromChat);
  } catch (error) {
    throw new Error(`Could not read the Teams meetings of ${persona.displayName} from the local Graph emulator (${error instanceof Error ? error.message : String(error)}). Restart with npm start.`);
  }
}

/** The meeting a `?meeting=` value names (its chat id or Teams meeting id), else the demo meeting, else the first. */
export function pickMeeting(meetings: readonly WorkbenchMeeting[], wanted: string | null, demoChatId: string): WorkbenchMeeting | undefined {
  return (
    meetings.find((m) => wanted !== null && (m.chatId === wanted || m.meetingId === wanted)) ??
    meetings.find((m) => m.chatId === demoChatId) ??
    meetings[0]
  );
}
