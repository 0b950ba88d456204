import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { BOOKING_STEP_LABELS, BOOKING_STEPS, type BookingState, type StepStatus } from '../../domain/booking-saga';
import { MENTEE_CHECKLIST } from '../../domain/checklists';
import { safeHttpsUrl } from '../../domain/links';
import { formatClock, formatDay } from '../../domain/render-html';
import { describeWait } from '../common/error-state';
import { useSurfaceStyles } from '../common/surface-styles';
import type { MentorListing, Viewer } from '../common/tab-ports';
import { formatSlot } from '../directory/format-slot';
import { useBooking, type BookingRequest } from './use-booking';

const useStyles = makeStyles({
  // Browsers give lists and headings a margin of their own; the panel's gap spaces them.
  checklist: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  checklistTitle: { margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0 },
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  step: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  mark: { width: '1.5rem', textAlign: 'center', flexShrink: 0 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  waiting: { color: tokens.colorNeutralForeground3 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    overflowWrap: 'anywhere',
  },
  // Said to screen readers only: the failure bar below shows the same news to the eye.
  spokenOnly: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  title: { display: 'block' },
  options: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
});

const STATUS_WORDS: Record<StepStatus, string> = { waiting: 'Waiting', running: 'In progress', done: 'Done', failed: 'Failed' };

export interface BookingScreenProps {
  booking: BookingRequest;
  viewer: Viewer;
  /** The mentor's zone (from their working hours), to show the time on their clock too. */
  mentorZone?: string;
  /** Names for mentor ids the saga suggests when this mentor is at capacity. */
  mentorName: (id: string) => string | undefined;
  onOpenMentor: (mentorId: string) => void;
  onDone: () => void;
}

/** Books the session and shows each step; a failure says which step and offers Retry. */
export function BookingScreen({ booking, viewer, mentorZone, mentorName, onOpenMentor, onDone }: BookingScreenProps) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { state, input, retry, pickStart } = useBooking(booking);
  const mentor = input.mentor;
  const place = { zone: viewer.zone, locale: viewer.locale };
  // A taken slot or a full mentor is found before anything is written: a list of five "Waiting"
  // steps would suggest a booking half made. The panel alone says what happened and what next.
  const showSteps = !(nothingWritten(state) && (state.phase === 'slot-taken' || state.phase === 'at-capacity'));
  const wait = state.failure ? describeWait(state.failure.retryAfterMs) : undefined;

  return (
    <section className={styles.root} aria-labelledby="booking-heading">
      <Text as="h2" block size={500} weight="semibold" id="booking-heading">
        Booking {input.timeBoxMinutes} minutes with {mentor.displayName}
      </Text>
      <Text>
        {formatDay(input.start, place)} at {formatClock(input.start, place)} ({viewer.zone})
      </Text>
      {showSteps ? (
        <ol className={styles.steps} aria-label="Booking steps">
          {BOOKING_STEPS.map((step) => {
            const status = state.steps[step];
            return (
              <li key={step} className={styles.step} data-testid="booking-step" data-step={step} data-status={status}>
                <span className={styles.mark} aria-hidden>
                  {status === 'running' ? <Spinner size="extra-tiny" /> : status === 'done' ? <span className={styles.done}>✓</span> : status === 'failed' ? <span className={styles.failed}>✕</span> : <span className={styles.waiting}>○</span>}
                </span>
                <Text>
                  {BOOKING_STEP_LABELS[step]} <span className={styles.waiting}>— {STATUS_WORDS[status]}</span>
                </Text>
              </li>
            );
          })}
        </ol>
      ) : null}
      <Text role="status" aria-live="polite" data-testid="booking-progress" className={state.phase === 'failed' ? styles.spokenOnly : undefined}>
        {progressText(state)}
      </Text>

      {state.phase === 'failed' && state.failure ? (
        <MessageBar intent="error" layout="multiline" data-testid="booking-failed">
          <MessageBarBody>
            <MessageBarTitle className={styles.title}>Could not {lowerFirst(BOOKING_STEP_LABELS[state.failure.step])}</MessageBarTitle>
            {state.failure.message}
            {wait ? ` Microsoft 365 asked us to wait ${wait}.` : ''} The steps already done are kept; Retry continues from here.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={retry} data-testid="booking-retry">
              Retry
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.phase === 'slot-taken' ? (
        <div className={mergeClasses(surface.surface, styles.panel)} data-testid="slot-taken" role="alert">
          <Text weight="semibold">That time was taken meanwhile: {mentor.displayName}'s calendar changed.</Text>
          {state.nextSlots && state.nextSlots.length > 0 ? (
            <>
              <Text>Pick one of the next free times; your request stays as you wrote it.</Text>
              <ul className={styles.options}>
                {state.nextSlots.map((start) => (
                  <li key={start}>
                    <Button data-testid="slot-option" data-start={start} onClick={() => pickStart(start)}>
                      {formatSlot(start, viewer)}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Text>There is no other shared free time in the next two weeks; try another mentor with the same topic.</Text>
          )}
        </div>
      ) : null}

      {state.phase === 'at-capacity' && state.capacity ? (
        <div className={mergeClasses(surface.surface, styles.panel)} data-testid="at-capacity" role="alert">
          <Text weight="semibold">
            {mentor.displayName} is fully booked this {state.capacity.period}.
          </Text>
          {state.capacity.alternatives.length > 0 ? (
            <>
              <Text>These mentors have the same topic and room:</Text>
              <ul className={styles.options}>
                {state.capacity.alternatives.map((id) => (
                  <li key={id}>
                    <Button onClick={() => onOpenMentor(id)}>{mentorName(id) ?? 'Another mentor'}</Button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Text>Try again next {state.capacity.period}, or search for another mentor with the topic.</Text>
          )}
        </div>
      ) : null}

      {state.phase === 'booked' ? <BookedPanel state={state} viewer={viewer} mentor={mentor} mentorZone={mentorZone} start={input.start} onDone={onDone} /> : null}
    </section>
  );
}

function BookedPanel({ state, viewer, mentor, mentorZone, start, onDone }: { state: BookingState; viewer: Viewer; mentor: MentorListing; mentorZone?: string; start: number; onDone: () => void }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const session = state.session;
  const at = session?.start ?? start;
  const mine = { zone: viewer.zone, locale: viewer.locale };
  const theirs = mentorZone ? { zone: mentorZone, locale: viewer.locale } : undefined;
  const join = session?.joinUrl ? safeHttpsUrl(session.joinUrl) : undefined;
  return (
    <div className={mergeClasses(surface.surface, styles.panel)} data-testid="booking-done">
      <Text as="h3" block size={400} weight="semibold">
        Booked with {mentor.displayName}
      </Text>
      <Text>
        {formatDay(at, mine)} at {formatClock(at, mine)} your time ({viewer.zone})
      </Text>
      {theirs && theirs.zone !== viewer.zone ? (
        <Text>
          {formatDay(at, theirs)} at {formatClock(at, theirs)} for {mentor.displayName} ({theirs.zone})
        </Text>
      ) : null}
      {join ? (
        <Link href={join} target="_blank" rel="noopener noreferrer" data-testid="join-link">
          Join the Teams meeting (opens in a new window)
        </Link>
      ) : (
        <Text>The Teams meeting is in your calendar.</Text>
      )}
      <Text as="h4" block weight="semibold" className={styles.checklistTitle}>
        Prepare for your session
      </Text>
      <ul className={styles.checklist}>
        {MENTEE_CHECKLIST.map((item) => (
          <li key={item.id}>
            <Text>{item.text}</Text>
          </li>
        ))}
      </ul>
      <Text size={200}>The checklist is pinned in the meeting chat; tick it off in “My sessions”.</Text>
      <div>
        <Button onClick={onDone}>Find another expert</Button>
      </div>
    </div>
  );
}

export function progressText(state: BookingState): string {
  switch (state.phase) {
    case 'idle':
      return 'Getting ready to book…';
    case 'running': {
      const step = BOOKING_STEPS.find((s) => state.steps[s] === 'running');
      return step ? `${BOOKING_STEP_LABELS[step]}…` : 'Booking…';
    }
    case 'failed':
      return state.failure ? `Stopped at: ${BOOKING_STEP_LABELS[state.failure.step]}.` : 'Stopped.';
    case 'slot-taken':
    case 'at-capacity':
      // Their panel is an alert and says it; saying it here too would show and announce it twice.
      return '';
    case 'booked':
      return 'Booked. The meeting is in both calendars.';
  }
}

function nothingWritten(state: BookingState): boolean {
  return BOOKING_STEPS.every((step) => state.steps[step] !== 'done');
}

/** "Create the Teams meeting" → "create the Teams meeting": only the verb moves into the sentence; names keep their capitals. */
export function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
