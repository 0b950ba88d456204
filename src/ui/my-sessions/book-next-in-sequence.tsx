// Booking the next session of a sequence later, from My sessions: proposed 1–2 weeks after the
// session before in mutual free time, with the goal written when the sequence was planned. Its key
// is the sequence's key and index, so a retry or a second tab finds the first record, never a second.
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useReducer, useState } from 'react';
import { BOOKING_STEP_LABELS, bookingReducer, initialBookingState, type BookingState } from '../../domain/booking-saga';
import { validateRequest } from '../../domain/precise-request';
import type { Session } from '../../domain/session';
import { SEQUENCE_LIMITS, sequenceSessionKey } from '../../domain/skill-sequence';
import { inputCeiling } from '../common/input-ceiling';
import { usePorts } from '../common/ports-context';
import type { BookingInput, MentorListing } from '../common/tab-ports';
import { formatSlot } from '../directory/format-slot';
import { useSequenceProposal } from '../request/use-sequence-proposal';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS, borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minWidth: 0 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export function BookNextInSequence({ previous, index, onBooked }: { previous: Session; index: number; onBooked: () => void }) {
  const ports = usePorts();
  const [open, setOpen] = useState(false);
  const [mentor, setMentor] = useState<MentorListing | 'missing'>();
  const of = previous.sequence?.of ?? index;

  useEffect(() => {
    if (!open || mentor) return;
    let live = true;
    ports.directory.mentor(previous.mentorId).then(
      (m) => live && setMentor(m ?? 'missing'),
      () => live && setMentor('missing'),
    );
    return () => {
      live = false;
    };
  }, [open, mentor, ports, previous.mentorId]);

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} data-testid="book-next-in-sequence">
        Book session {index} of {of}
      </Button>
    );
  }
  if (!mentor) return <Spinner size="tiny" label="Reading the mentor's offer…" labelPosition="after" />;
  if (mentor === 'missing') return <Text>The mentor is no longer listed, so the next session cannot be booked here.</Text>;
  return <NextSessionForm mentor={mentor} previous={previous} index={index} onBooked={onBooked} />;
}

function NextSessionForm({ mentor, previous, index, onBooked }: { mentor: MentorListing; previous: Session; index: number; onBooked: () => void }) {
  const ports = usePorts();
  const styles = useStyles();
  const seq = previous.sequence!;
  const [chosen, setChosen] = useState<number>();
  const proposal = useSequenceProposal(mentor, previous.start, previous.timeBoxMinutes, 2, [undefined, chosen]);
  const [goal, setGoal] = useState(seq.goals?.[index - 1] ?? '');
  const [state, dispatch] = useReducer(bookingReducer, undefined, initialBookingState);
  const validation = validateRequest({ goal, context: previous.context, success: previous.success, topic: previous.topic, timeBox: previous.timeBoxMinutes });
  const session = proposal.kind === 'sessions' ? proposal.sessions[1] : undefined;
  const start = session?.start;

  useEffect(() => {
    if (state.phase === 'booked') onBooked();
  }, [state.phase, onBooked]);

  const book = (from: BookingState) => {
    if (!validation.ok || start === undefined || !seq.key) return;
    const input: BookingInput = {
      request: validation.request,
      mentor,
      start,
      timeBoxMinutes: previous.timeBoxMinutes,
      sessionKey: sequenceSessionKey(seq.key, index),
      sequence: { key: seq.key, index, of: seq.of, goal: seq.goal ?? '', ...(seq.goals ? { goals: seq.goals } : {}) },
    };
    void ports.booking.book(input, from, dispatch);
  };
  const busy = state.phase === 'running';

  return (
    <section className={styles.panel} aria-label={`Book session ${index} of ${seq.of}`} data-testid="book-next-panel">
      <Field label={`Goal of session ${index}`} validationMessage={validation.ok ? undefined : validation.errors.find((e) => e.field === 'goal')?.message}>
        <Input value={goal} onChange={(_, d) => setGoal(d.value)} maxLength={inputCeiling(SEQUENCE_LIMITS.sessionGoal.max)} data-testid="book-next-goal" />
      </Field>
      {!validation.ok && !validation.errors.some((e) => e.field === 'goal') ? <Text className={styles.problem}>{validation.errors[0]?.message}</Text> : null}
      {proposal.kind === 'loading' ? <Spinner size="tiny" label="Finding times you are both free…" labelPosition="after" /> : null}
      {proposal.kind === 'problem' ? <Text className={styles.problem}>{proposal.message}</Text> : null}
      {session && start === undefined ? <Text className={styles.problem}>{session.problem}</Text> : null}
      {session && start !== undefined ? (
        <Field label={`Time of session ${index} (${ports.viewer.zone})`}>
          <Select
            value={String(start)}
            onChange={(_, d) => {
              setChosen(Number(d.value));
              if (state.phase === 'slot-taken' || state.phase === 'at-capacity') dispatch({ type: 'reset' });
            }}
            data-testid="book-next-start"
          >
            {session.options.map((option) => (
              <option key={option} value={String(option)}>
                {formatSlot(option, ports.viewer)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {state.phase === 'failed' && state.failure ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            Could not {BOOKING_STEP_LABELS[state.failure.step].toLowerCase()}: {state.failure.message} Retry continues from there.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => book(bookingReducer(state, { type: 'retry' }))} data-testid="book-next-retry">
              Retry
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.phase === 'slot-taken' ? <Text role="alert">That time was taken meanwhile; pick another.</Text> : null}
      {state.phase === 'at-capacity' ? <Text role="alert">{mentor.displayName} is fully booked that {state.capacity?.period ?? 'week'}; pick a time in another one.</Text> : null}
      <Text role="status" aria-live="polite">
        {busy ? 'Booking…' : state.phase === 'booked' ? `Session ${index} is booked.` : ''}
      </Text>
      <div>
        <Button appearance="primary" disabled={!validation.ok || start === undefined || busy || state.phase === 'booked' || state.phase === 'failed'} onClick={() => book(initialBookingState())} data-testid="book-next-button">
          Book session {index}
        </Button>
      </div>
    </section>
  );
}
