// The booking saga's effects (ARCHITECTURE.md "Booking is a saga"): the domain reducer says which
// step is next; each step here is gateway calls whose result is written to the session record
// before the next starts, so a retry resumes at the failed step and repeats nothing.
import { BOOKING_STEPS, nextBookingStep, type BookingEvent, type BookingState, type BookingStepId } from '../../domain/booking-saga';
import { freeSlots, isSlotBookable, type BookingCheck, type WorkingHours } from '../../domain/free-slots';
import { cardChatMessage, renderPrepChecklistCard } from '../../domain/render-adaptive-card';
import { renderMeetingBody, renderMeetingSubject } from '../../domain/render-meeting-body';
import { newSession, type Session, type SessionStatus } from '../../domain/session';
import { DAY, MINUTE } from '../../domain/zone-time';
import type { BookingInput, BookingPort } from '../../ui/common/tab-ports';
import type { PersonAvailability } from '../../graph/availability';
import { postAndPinOnce } from '../../graph/chat-post-claim';
import { GatewayError } from '../../graph/gateway-error';
import type { GraphConnection } from '../../graph/graph-client';
import { findMeetingChatId } from '../../graph/meeting-chat';
import { recordMeetingAndFindChat } from '../../graph/meeting-record';
import { createSessionMeeting } from '../../graph/session-meeting';
import { createSession, findSessionByKey, readSession, saveSession, type ProgramSite, type StoredSession } from '../../graph/sessions-store';
import { readSlotCheck } from '../../graph/slot-check-read';
import { LOAD_LOOK_BACK_MS } from './tab-deps';

export interface BookingDeps {
  graph: GraphConnection;
  site: ProgramSite;
  /** The mentee: the signed-in person, who organises the meeting. */
  me: { id: string; displayName: string; email: string };
  zone: string;
  locale: string;
  now(): number;
  /** Mentors (ids) with the topic and room, for an 'at-capacity' answer. */
  alternatives(topic: string, exceptMentorId: string): Promise<string[]>;
  wait?: (ms: number) => Promise<void>;
}

/** How far ahead new slots are offered when the chosen one was taken, and how many. */
const NEXT_SLOTS_DAYS = 14;
const NEXT_SLOTS_MAX = 6;

type StepResult = { kind: 'done'; stored: StoredSession } | { kind: 'stopped' };

export function createBookingPort(deps: BookingDeps): BookingPort {
  // The latest record (with its ETag) of each booking, so a retry needs no read to resume.
  const latest = new Map<string, StoredSession>();
  const chats: ChatIds = new Map();

  return {
    async book(input, state, dispatch) {
      dispatch({ type: 'started' });
      const first = nextBookingStep(state);
      if (!first) return;
      let step: BookingStepId = first;
      try {
        let stored = latest.get(input.sessionKey) ?? (await storedFor(deps, input, state));
        for (const id of BOOKING_STEPS.slice(BOOKING_STEPS.indexOf(first))) {
          step = id;
          dispatch({ type: 'step-started', step });
          const result = await runStep(deps, id, input, stored, chats, dispatch);
          if (result.kind === 'stopped') return;
          stored = result.stored;
          latest.set(input.sessionKey, stored);
          dispatch({ type: 'step-done', step, session: stored.session });
        }
      } catch (error) {
        dispatch({ type: 'step-failed', step, error: describe(error) });
      }
    },
  };
}

/** The stored record to resume from: none before the record step, else the latest from the list. */
async function storedFor(deps: BookingDeps, input: BookingInput, state: BookingState): Promise<StoredSession | undefined> {
  if (state.steps.record !== 'done') return undefined;
  const itemId = state.session?.itemId;
  const found = itemId ? await readSession(deps.graph, deps.site, itemId) : await findSessionByKey(deps.graph, deps.site, input.sessionKey);
  if (!found) throw new GatewayError('not-found', 'The saved request could not be found any more; it may have been deleted. Start the booking again.');
  return found;
}

/** Chat ids found alongside the meeting step's write, by session key, for the chat step. */
type ChatIds = Map<string, string>;

async function runStep(
  deps: BookingDeps,
  step: BookingStepId,
  input: BookingInput,
  stored: StoredSession | undefined,
  chats: ChatIds,
  dispatch: (e: BookingEvent) => void,
): Promise<StepResult> {
  if (step === 'record') {
    if (!(await slotStillBookable(deps, input, dispatch))) return { kind: 'stopped' };
    return { kind: 'done', stored: await createSession(deps.graph, deps.site, draftOf(deps, input), deps.wait) };
  }
  if (!stored) throw new GatewayError('invalid', 'The booking has no saved request to continue from. Start the booking again.');
  const s = stored.session;
  switch (step) {
    case 'meeting': {
      const body = renderMeetingBody({
        request: input.request,
        menteeName: deps.me.displayName,
        mentorName: input.mentor.displayName,
        schedule: { zone: deps.zone, locale: deps.locale, start: s.start },
      });
      const ref = await createSessionMeeting(
        deps.graph,
        { sessionId: s.key, subject: subjectOf(input), bodyHtml: body.html, start: s.start, end: s.end, mentor: { email: input.mentor.email, name: input.mentor.displayName } },
        deps.wait,
      );
      const next = withStatus({ ...s, eventId: ref.eventId, joinUrl: ref.joinUrl }, 'meeting-created');
      const recorded = await recordMeetingAndFindChat(deps.graph, deps.site, stored, next);
      if (recorded.chatId) chats.set(s.key, recorded.chatId);
      return recorded.stored ? { kind: 'done', stored: recorded.stored } : save(deps, stored, next, 'meeting-created');
    }
    case 'chat': {
      if (!s.joinUrl) throw new GatewayError('invalid', 'The session has no meeting link yet, so its chat cannot be found.', undefined, undefined, undefined, 'JoinUrl');
      const chatId = chats.get(s.key) ?? (await findMeetingChatId(deps.graph, s.joinUrl));
      return save(deps, stored, { ...s, chatId }, 'chat-found');
    }
    case 'checklist': {
      const message = cardChatMessage(renderPrepChecklistCard(), 'prep-checklist');
      // The pin is the booking's last effect, so the record that holds it is the scheduled session:
      // 'scheduled' rides on the write that records the pin, and the schedule step finds nothing
      // left to write (one round trip fewer). save() writes only if another client recorded the pin.
      const posted = await postAndPinOnce(deps.graph, deps.site, stored, { kind: 'checklist', revision: 1, message }, {
        now: deps.now,
        wait: deps.wait,
        withResult: (session) => withStatus(session, 'scheduled'),
      });
      return save(deps, posted.stored, posted.stored.session, 'scheduled');
    }
    case 'schedule':
      // Written with the pin by the checklist step; a record left at 'checklist-posted' (an older
      // client) is moved on here.
      return save(deps, stored, s, 'scheduled');
    default:
      return { kind: 'done', stored };
  }
}

/** A sequence's meetings say which session each is, so the calendar shows the order. */
function subjectOf(input: BookingInput): string {
  const subject = renderMeetingSubject(input.request);
  return input.sequence ? `${subject} (session ${input.sequence.index} of ${input.sequence.of})` : subject;
}

function draftOf(deps: BookingDeps, input: BookingInput): Session {
  return newSession({
    key: input.sessionKey,
    menteeId: deps.me.id,
    mentorId: input.mentor.id,
    topic: input.request.topic,
    goal: input.request.goal,
    context: input.request.context,
    success: input.request.success,
    format: input.sequence ? 'sequence' : 'one-time',
    ...(input.sequence ? { sequence: { index: input.sequence.index, of: input.sequence.of, key: input.sequence.key, goal: input.sequence.goal, ...(input.sequence.goals ? { goals: input.sequence.goals } : {}) } } : {}),
    timeBoxMinutes: input.timeBoxMinutes,
    start: input.start,
    end: input.start + input.timeBoxMinutes * MINUTE,
  });
}

const STATUS_ORDER: readonly SessionStatus[] = ['draft', 'meeting-created', 'chat-found', 'checklist-posted', 'scheduled'];

/** The session with the booking's status moved on to `status`, never back (another tab may be further along). */
function withStatus(session: Session, status: SessionStatus): Session {
  const at = STATUS_ORDER.indexOf(session.status);
  return at < 0 || at >= STATUS_ORDER.indexOf(status) ? session : { ...session, status };
}

/** Writes a step's result (nothing, when the record holds it already). */
async function save(deps: BookingDeps, stored: StoredSession, next: Session, status: SessionStatus): Promise<StepResult> {
  const outcome = await saveSession(deps.graph, deps.site, stored, withStatus(next, status));
  if (outcome.kind === 'conflict') {
    throw new GatewayError('conflict', `Someone changed this session's ${outcome.fields.join(', ')} while it was being booked. Reload it to see their change.`);
  }
  return { kind: 'done', stored: outcome.stored };
}

/**
 * Re-checks the chosen slot against fresh calendars and the mentor's booked sessions, with the
 * domain's rules (the same ones that listed it). If it is gone, says why with what to do next.
 */
async function slotStillBookable(deps: BookingDeps, input: BookingInput, dispatch: (e: BookingEvent) => void): Promise<boolean> {
  const now = deps.now();
  const from = Math.min(now, input.start);
  const to = Math.max(input.start + input.timeBoxMinutes * MINUTE, now + NEXT_SLOTS_DAYS * DAY);
  const mentorEmail = input.mentor.email.toLowerCase();
  const menteeEmail = deps.me.email.toLowerCase();
  const { calendars, bookedStarts } = await readSlotCheck(deps.graph, deps.site, { emails: [mentorEmail, menteeEmail], start: from, end: to, mentorId: input.mentor.id, bookedFrom: now - LOAD_LOOK_BACK_MS });
  const mentor = calendars.get(mentorEmail);
  const mentee = calendars.get(menteeEmail);
  const mentorHours = usableHours(mentor, "The mentor's calendar");
  const menteeHours = usableHours(mentee, 'Your calendar');
  const check: BookingCheck = {
    mentee: { workingHours: menteeHours, busy: mentee!.busy },
    mentor: {
      workingHours: mentorHours,
      busy: mentor!.busy,
      caps: { perWeek: input.mentor.capacityPerWeek, perMonth: input.mentor.capacityPerMonth },
      booked: bookedStarts.map((start) => ({ start })),
    },
    now,
    timeBox: input.timeBoxMinutes,
    viewerZone: deps.zone,
    noticeMinutes: input.mentor.noticeMinutes,
    bufferMinutes: input.mentor.bufferMinutes,
  };
  const verdict = isSlotBookable(check, input.start);
  if (verdict.bookable) return true;
  const code = verdict.reason.code;
  if (code === 'weekly-cap-reached' || code === 'monthly-cap-reached') {
    const period = code === 'weekly-cap-reached' ? 'week' : 'month';
    dispatch({ type: 'at-capacity', period, alternatives: await deps.alternatives(input.request.topic, input.mentor.id) });
    return false;
  }
  const nextSlots = freeSlots({ ...check, from: now, to: now + NEXT_SLOTS_DAYS * DAY }).slice(0, NEXT_SLOTS_MAX);
  dispatch({ type: 'slot-taken', nextSlots });
  return false;
}

function usableHours(reading: PersonAvailability | undefined, whose: string): WorkingHours {
  if (!reading || reading.problem || !reading.workingHours) {
    throw new GatewayError('unavailable', `${whose} could not be read from Outlook${reading?.problem ? ` (${reading.problem})` : ''}, so the time cannot be checked. Try again in a moment.`);
  }
  return reading.workingHours;
}

/** A failure in words a person can act on, whatever threw it. */
function describe(error: unknown): { code: string; message: string; retryAfterMs?: number } {
  if (error instanceof GatewayError) return { code: error.code, message: error.message, ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}) };
  // Not a gateway failure: a fault of our own, whose text was never meant for a person.
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return { code: 'unavailable', message: `Something unexpected went wrong${detail}. Select Retry to go on from this step; if it happens again, tell your program manager.` };
}
