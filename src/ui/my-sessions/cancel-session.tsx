import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { characterCount } from '../../domain/precise-request';
import { ErrorState, toPortError } from '../common/error-state';
import { inputCeiling } from '../common/input-ceiling';
import { usePorts } from '../common/ports-context';
import type { PortError, StoredSessionView } from '../common/tab-ports';

/** The note goes into Outlook's cancellation; kept short like a chat message. */
export const CANCEL_NOTE_MAX = 500;

/** Cancel with a confirmation and an optional note: the meeting is cancelled in both calendars. */
/** `onMoveInstead`: for a session of a skill sequence, the dialog offers to move it within the sequence instead. */
export function CancelSession({ stored, onCancelled, onMoveInstead }: { stored: StoredSessionView; onCancelled: (next: StoredSessionView) => void; onMoveInstead?: () => void }) {
  const ports = usePorts();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PortError | undefined>();
  const length = characterCount(note);
  const tooLong = length > CANCEL_NOTE_MAX;

  const confirm = () => {
    if (tooLong || busy) return;
    setBusy(true);
    setError(undefined);
    ports.mySessions.cancel(stored, note.trim()).then(
      (next) => {
        setBusy(false);
        setOpen(false);
        onCancelled(next);
      },
      (e: unknown) => {
        setBusy(false);
        setError(toPortError(e));
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => !busy && setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button data-testid="cancel-session">Cancel session</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Cancel this session with {stored.otherName}?</DialogTitle>
          <DialogContent>
            <p>The Teams meeting is cancelled in both calendars, and the time is free again for others to book.</p>
            {onMoveInstead && stored.session.sequence ? <MoveInstead sequence={stored.session.sequence} onMove={() => { setOpen(false); onMoveInstead(); }} /> : null}
            <Field
              label={`Note to ${stored.otherName} (optional)`}
              hint={`${length} of ${CANCEL_NOTE_MAX} characters`}
              validationState={tooLong ? 'error' : 'none'}
              validationMessage={tooLong ? `Keep the note to ${CANCEL_NOTE_MAX} characters; it is ${length}.` : undefined}
            >
              <Textarea value={note} onChange={(_, data) => setNote(data.value)} disabled={busy} maxLength={inputCeiling(CANCEL_NOTE_MAX)} data-testid="cancel-note" />
            </Field>
            {error ? <ErrorState error={error} /> : null}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={busy}>Keep the session</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={confirm} disabled={busy || tooLong} data-testid="confirm-cancel" icon={busy ? <Spinner size="tiny" /> : undefined}>
              {busy ? 'Cancelling…' : 'Cancel session'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** A sequence's sessions build on each other: moving one keeps the sequence whole. */
function MoveInstead({ sequence, onMove }: { sequence: { index: number; of: number }; onMove: () => void }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="move-instead">
      <MessageBarBody>
        This is session {sequence.index} of {sequence.of} of your sequence; the sessions build on each other. You can move it to another time instead.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onMove} data-testid="move-instead-button">
          Move it instead
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
