// "My sessions": the viewer's sessions as mentee or mentor with the other person's name, checklist
// ticks saved with ETag merge, cancel (the meeting in both calendars, then the record) and
// reschedule (the same meeting moved, after the domain says the new slot is bookable).
import { isComposeKey, isExpiredDraft } from '../../domain/compose-draft';
import { isSlotBookable } from '../../domain/free-slots';
import type { Session } from '../../domain/session';
import { MINUTE } from '../../domain/zone-time';
import type { MySessionsPort, StoredSessionView } from '../../ui/common/tab-ports';
import type { PersonAvailability } from '../../graph/availability';
import { GatewayError, toGatewayError } from '../../graph/gateway-error';
import { linkComposedMeeting } from '../../graph/compose-session';
import { cancelMeeting, moveMeeting } from '../../graph/meeting-changes';
import { readMentorOffer } from '../../graph/mentor-offer-store';
import { listSessionsOf } from '../../graph/session-queries';
import { saveSession, type StoredSession } from '../../graph/sessions-store';
import { readSlotCheck } from '../../graph/slot-check-read';
import { lookUpUsers } from '../../graph/user-lookup';
import { LOAD_LOOK_BACK_MS, type TabDeps } from './tab-deps';

export function createMySessionsPort(deps: TabDeps): MySessionsPort {
  const names = new Map<string, string>();
  const view = (stored: StoredSession, otherName: string): StoredSessionView => ({ session: stored.session, version: stored.etag, otherName });
  const asStored = (v: StoredSessionView): StoredSession => ({ session: v.session, etag: v.version });

  /**
   * Records a change already made to the meeting. The meeting now says what `change` says, so on a
   * concurrent edit of the same fields the change is applied again over theirs (If-Match) rather
   * than left unrecorded: a record that disagrees with the calendars would lie.
   */
  async function record(current: StoredSessionView, change: (s: Session) => Session, done: string): Promise<StoredSessionView> {
    try {
      let outcome = await saveSession(deps.graph, deps.site, asStored(current), change(current.session));
      if (outcome.kind === 'conflict') outcome = await saveSession(deps.graph, deps.site, outcome.theirs, change(outcome.theirs.session));
      if (outcome.kind === 'saved') return view(outcome.stored, current.otherName);
      throw new GatewayError('conflict', `Someone changed this session's ${outcome.fields.join(', ')} at the same time.`, 412);
    } catch (error) {
      const failure = toGatewayError(error, 'saving the session');
      throw new GatewayError(failure.code, `${done}, but the session record was not updated: ${failure.message}`, failure.status, failure.graphCode, failure.retryAfterMs, failure.field);
    }
  }

  return {
    async list(as) {
      const stored = await listSessionsOf(deps.graph, deps.site, as, deps.viewer.id);
      const now = deps.now();
      // A draft is a booking that never got its meeting: nothing to show or to attend. Except, for the
      // mentee who wrote it, a meeting written in Outlook and not yet linked: checked now, shown with what to do.
      const problems = new Map<string, NonNullable<StoredSessionView['meetingProblem']>>();
      const checked = await Promise.all(
        stored.map(async (s): Promise<StoredSession | undefined> => {
          if (s.session.status !== 'draft') return s;
          if (as !== 'mentee' || !isComposeKey(s.session.key) || !s.session.eventId || isExpiredDraft(s.session, now)) return undefined;
          try {
            const outcome = await linkComposedMeeting(deps.graph, deps.site, s, s.session.eventId);
            if (outcome.kind === 'gone') return undefined;
            if (outcome.kind !== 'linked') problems.set(s.session.key, { code: outcome.kind === 'not-online' ? 'no-teams' : 'not-sent', message: outcome.message });
            return outcome.stored;
          } catch (error) {
            problems.set(s.session.key, { code: 'not-checked', message: `Micromentor could not check this meeting in Outlook: ${toGatewayError(error, 'reading the meeting').message}` });
            return s;
          }
        }),
      );
      const live = checked.filter((s): s is StoredSession => s !== undefined);
      const otherIds = live.map((s) => (as === 'mentee' ? s.session.mentorId : s.session.menteeId));
      const unknown = otherIds.filter((id) => !names.has(id));
      if (unknown.length > 0) for (const [id, user] of await lookUpUsers(deps.graph, unknown)) names.set(id, user.displayName ?? '');
      const upcoming = live.filter((s) => s.session.end >= now).sort((a, b) => a.session.start - b.session.start);
      const past = live.filter((s) => s.session.end < now).sort((a, b) => b.session.start - a.session.start);
      return [...upcoming, ...past].map((s) => {
        const otherId = as === 'mentee' ? s.session.mentorId : s.session.menteeId;
        const problem = problems.get(s.session.key);
        return { ...view(s, names.get(otherId) || 'Someone who has left the organisation'), ...(problem ? { meetingProblem: problem } : {}) };
      });
    },

    async saveChecklists(stored, checklists) {
      const outcome = await saveSession(deps.graph, deps.site, asStored(stored), { ...stored.session, checklists });
      if (outcome.kind === 'saved') return { kind: 'saved', stored: view(outcome.stored, stored.otherName) };
      return { kind: 'conflict', fields: outcome.fields.map(String), theirs: view(outcome.theirs, stored.otherName) };
    },

    async cancel(stored, comment) {
      const s = stored.session;
      if (s.status === 'cancelled') return stored;
      if (s.menteeId !== deps.viewer.id) {
        throw new GatewayError('forbidden', 'Only the mentee who booked this session can cancel it here; decline the meeting in Outlook instead, and they will see it.');
      }
      // The meeting first: a record marked cancelled with a meeting still in both calendars would lie.
      if (s.eventId) await cancelMeeting(deps.graph, s.eventId, comment);
      return record(stored, (latest) => ({ ...latest, status: 'cancelled' }), 'The meeting is cancelled in both calendars');
    },

    async reschedule(stored, start) {
      const s = stored.session;
      if (s.menteeId !== deps.viewer.id) throw new GatewayError('forbidden', 'Only the mentee who booked this session can move it; propose a new time in Outlook instead.');
      if (!s.eventId) throw new GatewayError('invalid', 'This session has no meeting yet, so there is nothing to move. Finish the booking first.', undefined, undefined, undefined, 'EventId');
      const end = start + s.timeBoxMinutes * MINUTE;
      await checkNewSlot(deps, s, start, end);
      await moveMeeting(deps.graph, s.eventId, start, end);
      return record(stored, (latest) => ({ ...latest, start, end }), 'The meeting is moved in both calendars');
    },
  };
}

/** The domain's booking check for the moved session, not counting the session itself anywhere. */
async function checkNewSlot(deps: TabDeps, s: Session, start: number, end: number): Promise<void> {
  const now = deps.now();
  const [users, offer] = await Promise.all([lookUpUsers(deps.graph, [s.mentorId]), readMentorOffer(deps.graph, deps.mentors, s.mentorId)]);
  const mentorUser = users.get(s.mentorId);
  const mentorEmail = (mentorUser?.mail ?? mentorUser?.userPrincipalName ?? '').toLowerCase();
  if (!mentorEmail) throw new GatewayError('not-found', 'The mentor is no longer in the organisation, so the session cannot be moved.');
  const menteeEmail = deps.viewer.email.toLowerCase();
  // Both calendars and the mentor's booked sessions in one $batch, as booking's own check reads them.
  const { calendars, bookedStarts } = await readSlotCheck(deps.graph, deps.site, {
    emails: [mentorEmail, menteeEmail],
    start: Math.min(start, s.start) - 86_400_000,
    end: Math.max(end, s.end) + 86_400_000,
    mentorId: s.mentorId,
    bookedFrom: now - LOAD_LOOK_BACK_MS,
  });
  // The session's own meeting is in both calendars; it is the one being moved.
  const person = (reading: PersonAvailability | undefined, whose: string) => {
    if (!reading?.workingHours) throw new GatewayError('unavailable', `${whose} could not be read from Outlook${reading?.problem ? ` (${reading.problem})` : ''}. Try again in a moment.`);
    return { workingHours: reading.workingHours, busy: reading.busy.filter((b) => !(b.start === s.start && b.end === s.end)) };
  };
  const starts = [...bookedStarts];
  const own = starts.indexOf(s.start);
  if (own >= 0) starts.splice(own, 1);
  const verdict = isSlotBookable(
    {
      mentee: person(calendars.get(menteeEmail), 'Your calendar'),
      mentor: {
        ...person(calendars.get(mentorEmail), "The mentor's calendar"),
        caps: { perWeek: offer?.offer.capacityPerWeek, perMonth: offer?.offer.capacityPerMonth },
        booked: starts.map((b) => ({ start: b })),
      },
      now,
      timeBox: s.timeBoxMinutes,
      viewerZone: deps.viewer.zone,
      noticeMinutes: offer?.offer.noticeMinutes ?? 0,
      bufferMinutes: offer?.offer.bufferMinutes ?? 0,
    },
    start,
  );
  if (!verdict.bookable) throw new GatewayError('invalid', verdict.reason.message, undefined, undefined, undefined, 'start');
}
