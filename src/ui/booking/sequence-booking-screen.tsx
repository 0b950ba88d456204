// Booking a skill sequence: each session's own booking, one after another, with where each stands.
// A failure says which session and step and offers Retry, which books only what is still missing.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { BOOKING_STEP_LABELS, type BookingState } from '../../domain/booking-saga';
import { MENTEE_CHECKLIST } from '../../domain/checklists';
import { sequenceBookingPhase } from '../../domain/sequence-booking';
import { describeWait } from '../common/error-state';
import { useSurfaceStyles } from '../common/surface-styles';
import type { Viewer } from '../common/tab-ports';
import { formatSlot } from '../directory/format-slot';
import { lowerFirst, progressText } from './booking-screen';
import { useSequenceBooking, type SequenceBookingRequest } from './use-sequence-booking';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0, overflowWrap: 'anywhere' },
  sessions: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  session: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  mark: { width: '1.5rem', textAlign: 'center', flexShrink: 0 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  waiting: { color: tokens.colorNeutralForeground3 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { display: 'block' },
  options: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  checklist: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface SequenceBookingScreenProps {
  request: SequenceBookingRequest;
  viewer: Viewer;
  onDone: () => void;
}

export function SequenceBookingScreen({ request, viewer, onDone }: SequenceBookingScreenProps) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { state, inputs, retry, pickStart } = useSequenceBooking(request);
  const mentor = inputs[0]!.mentor;
  const phase = sequenceBookingPhase(state);
  const failedAt = state.sessions.findIndex((s) => s.phase === 'failed');
  const failed = failedAt >= 0 ? state.sessions[failedAt] : undefined;
  const stoppedAt = state.sessions.findIndex((s) => s.phase === 'slot-taken' || s.phase === 'at-capacity');
  const stopped = stoppedAt >= 0 ? state.sessions[stoppedAt] : undefined;
  const of = inputs.length;
  const planned = request.goals.length;
  const wait = failed?.failure ? describeWait(failed.failure.retryAfterMs) : undefined;

  return (
    <section className={styles.root} aria-labelledby="sequence-booking-heading">
      <Text as="h2" block size={500} weight="semibold" id="sequence-booking-heading">
        {of === planned ? `Booking ${of} sessions with ${mentor.displayName}` : `Booking session 1 of ${planned} with ${mentor.displayName}`}
      </Text>
      <Text>Overall goal: {request.overallGoal}</Text>
      <ol className={styles.sessions} aria-label="Sessions">
        {inputs.map((input, i) => {
          const s = state.sessions[i]!;
          return (
            <li key={input.sessionKey} className={styles.session} data-testid="sequence-session" data-index={i + 1} data-phase={s.phase}>
              <span className={styles.mark} aria-hidden>
                {s.phase === 'running' ? <Spinner size="extra-tiny" /> : s.phase === 'booked' ? <span className={styles.done}>✓</span> : s.phase === 'failed' ? <span className={styles.failed}>✕</span> : <span className={styles.waiting}>○</span>}
              </span>
              <Text>
                Session {i + 1} of {planned}, {formatSlot(input.start, viewer)}: {input.request.goal} <span className={styles.waiting}>— {sessionWords(s)}</span>
              </Text>
            </li>
          );
        })}
      </ol>
      <Text role="status" aria-live="polite" data-testid="sequence-progress">
        {phase === 'booked' ? `All ${of} sessions are booked; each meeting is in both calendars.` : phase === 'running' ? 'Booking…' : ''}
      </Text>

      {failed?.failure ? (
        <MessageBar intent="error" layout="multiline" data-testid="booking-failed">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>
              Session {failedAt + 1}: could not {lowerFirst(BOOKING_STEP_LABELS[failed.failure.step])}
            </MessageBarTitle>
            {failed.failure.message}
            {wait ? ` Microsoft 365 asked us to wait ${wait}.` : ''} The sessions and steps already done are kept; Retry books only what is missing.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={retry} data-testid="booking-retry">
              Retry
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {stopped ? (
        <div className={mergeClasses(surface.surface, styles.panel)} data-testid={stopped.phase === 'slot-taken' ? 'slot-taken' : 'at-capacity'} role="alert">
          {stopped.phase === 'slot-taken' ? (
            <>
              <Text weight="semibold">The time for session {stoppedAt + 1} was taken meanwhile.</Text>
              {stopped.nextSlots && stopped.nextSlots.length > 0 ? (
                <>
                  <Text>Pick another time for it; the sessions after it follow.</Text>
                  <ul className={styles.options}>
                    {stopped.nextSlots.map((start) => (
                      <li key={start}>
                        <Button data-testid="slot-option" onClick={() => pickStart(stoppedAt, start)}>
                          {formatSlot(start, viewer)}
                        </Button>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <Text>There is no other shared free time soon; the sessions booked so far stay booked.</Text>
              )}
            </>
          ) : (
            <Text weight="semibold">
              {mentor.displayName} is fully booked in the {stopped.capacity?.period ?? 'week'} of session {stoppedAt + 1}. The sessions booked so far stay booked; book this one with a later time from My sessions.
            </Text>
          )}
        </div>
      ) : null}

      {phase === 'booked' ? (
        <div className={mergeClasses(surface.surface, styles.panel)} data-testid="booking-done">
          <Text as="h3" block size={400} weight="semibold">
            {of === planned ? `Booked ${of} sessions with ${mentor.displayName}` : `Booked session 1 of ${planned} with ${mentor.displayName}`}
          </Text>
          {of < planned ? <Text data-testid="book-later-note">Book the next session from “My sessions” when you are ready: it is proposed 1–2 weeks after this one, with the goal you wrote.</Text> : null}
          <Text>Before each session, prepare:</Text>
          <ul className={styles.checklist}>
            {MENTEE_CHECKLIST.map((item) => (
              <li key={item.id}>
                <Text>{item.text}</Text>
              </li>
            ))}
          </ul>
          <Text size={200}>From session 2 on, the actions you agreed in the session before are in its prep checklist and its meeting's side panel.</Text>
          <div>
            <Button onClick={onDone}>Find another expert</Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** Where one session's booking stands, in a few words (a running one names its step). */
function sessionWords(s: BookingState): string {
  const words: Record<BookingState['phase'], string> = { idle: 'Waiting', running: '', failed: 'Stopped', 'slot-taken': 'Time taken', 'at-capacity': 'Mentor fully booked', booked: 'Booked' };
  return words[s.phase] || progressText(s);
}
