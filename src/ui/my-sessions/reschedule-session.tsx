import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { SequenceMoveWindow } from '../../domain/skill-sequence';
import { ErrorState, toPortError } from '../common/error-state';
import { LoadingState } from '../common/loading-state';
import { usePorts } from '../common/ports-context';
import type { PortError, StoredSessionView } from '../common/tab-ports';
import { formatSlot } from '../directory/format-slot';
import { findRescheduleSlots, type RescheduleSlots } from './reschedule-slots';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  slots: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const PAGE = 12;

type Load = { kind: 'loading' } | { kind: 'done'; slots: RescheduleSlots } | { kind: 'failed'; error: PortError };

/** Pick one of the next mutual free times; the same Teams meeting moves there. */
/** `openAsked`: a count that opens the panel whenever it goes up (cancelling a sequence's session offers moving it instead). */
export function RescheduleSession({ stored, onMoved, openAsked = 0, within }: { stored: StoredSessionView; onMoved: (next: StoredSessionView) => void; openAsked?: number; within?: SequenceMoveWindow }) {
  const ports = usePorts();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [shown, setShown] = useState(PAGE);
  const [chosen, setChosen] = useState<number | undefined>();
  const [moving, setMoving] = useState(false);
  const [error, setError] = useState<PortError | undefined>();
  const [taken, setTaken] = useState('');
  const after = within?.after;
  const before = within?.before;

  useEffect(() => {
    if (openAsked > 0) setOpen(true);
  }, [openAsked]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setLoad({ kind: 'loading' });
    // The window as plain numbers: the row makes a new object each render.
    findRescheduleSlots(ports, stored, { ...(after !== undefined ? { after } : {}), ...(before !== undefined ? { before } : {}) }).then(
      (slots) => live && setLoad({ kind: 'done', slots }),
      (e: unknown) => live && setLoad({ kind: 'failed', error: toPortError(e) }),
    );
    return () => {
      live = false;
    };
  }, [open, round, ports, stored, after, before]);

  const move = () => {
    if (chosen === undefined || moving) return;
    setMoving(true);
    setError(undefined);
    setTaken('');
    ports.mySessions.reschedule(stored, chosen).then(
      (next) => {
        setMoving(false);
        setOpen(false);
        setChosen(undefined);
        onMoved(next);
      },
      (e: unknown) => {
        setMoving(false);
        const failure = toPortError(e);
        // The port refuses a time that stopped being free (field "start"): say so and list the times again.
        if (failure.code === 'invalid' && failure.field === 'start') {
          setTaken(`That time can no longer be booked: ${failure.message} Here are the times free now.`);
          setChosen(undefined);
          setRound((r) => r + 1);
        } else setError(failure);
      },
    );
  };

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} data-testid="reschedule-session" aria-expanded={false}>
        Reschedule
      </Button>
    );
  }

  return (
    <section className={styles.panel} aria-label={`New time for the session with ${stored.otherName}`} data-testid="reschedule-panel">
      {load.kind === 'loading' ? <LoadingState label={`Finding times you and ${stored.otherName} are both free…`} /> : null}
      {load.kind === 'failed' ? <ErrorState error={load.error} onRetry={() => setRound((r) => r + 1)} /> : null}
      {load.kind === 'done' && load.slots.kind === 'problem' ? <Text>{load.slots.message}</Text> : null}
      {load.kind === 'done' && load.slots.kind === 'slots' && load.slots.starts.length === 0 ? (
        <Text>
          {within && (within.after !== undefined || within.before !== undefined)
            ? 'No time in the next two weeks between the sessions before and after this one suits you both. You can keep this time or cancel the session.'
            : 'No time in the next two weeks suits you both. You can keep this time or cancel the session.'}
        </Text>
      ) : null}
      {load.kind === 'done' && load.slots.kind === 'slots' && load.slots.starts.length > 0 ? (
        <>
          <Text weight="semibold">Pick a new time (your time zone, {ports.viewer.zone})</Text>
          <div className={styles.slots} role="group" aria-label="Free times">
            {load.slots.starts.slice(0, shown).map((start) => (
              <Button
                key={start}
                size="small"
                appearance={chosen === start ? 'primary' : 'secondary'}
                aria-pressed={chosen === start}
                onClick={() => setChosen(start)}
                data-testid="reschedule-slot"
                data-start={start}
              >
                {formatSlot(start, ports.viewer)}
              </Button>
            ))}
            {load.slots.starts.length > shown ? (
              <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
                More times
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
      {error ? <ErrorState error={error} /> : null}
      <Text role="status" aria-live="polite" data-testid="reschedule-taken">
        {taken}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={chosen === undefined || moving} onClick={move} data-testid="confirm-reschedule">
          {moving ? 'Moving…' : chosen === undefined ? 'Move the session' : `Move to ${formatSlot(chosen, ports.viewer)}`}
        </Button>
        <Button onClick={() => setOpen(false)} disabled={moving}>
          Keep this time
        </Button>
      </div>
    </section>
  );
}
