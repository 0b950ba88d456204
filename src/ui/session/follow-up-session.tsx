// The follow-up session: the mentor suggests it (for a sequence, the next session), and the mentee,
// who books in Micromentor, books it in the Teams tab with the request prefilled: same mentor,
// topic and goal, and the actions not yet done carried over as context.
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChecklistRole } from '../../domain/checklists';
import type { RequestPrefill } from '../../domain/request-prefill';
import type { Session } from '../../domain/session';
import type { SessionEdit } from '../../domain/session-edits';
import { toPortError } from '../common/error-state';
import type { PanelSession } from '../common/session-panel-ports';
import { useSessionPorts } from './session-ports-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface FollowUpSessionProps {
  panel: PanelSession;
  session: Session;
  role: ChecklistRole | undefined;
  onEdit: (...edits: SessionEdit[]) => void;
}

/** What the next session's request starts from. */
export function followUpPrefill(session: Session): RequestPrefill {
  const carried = session.agreedActions.filter((a) => !a.done).map((a) => `- ${a.text} (${a.owner})`);
  return {
    mentorId: session.mentorId,
    topic: session.topic,
    goal: session.goal,
    context: carried.length > 0 ? `Carried over from our last session:\n${carried.join('\n')}` : session.context,
  };
}

export function FollowUpSession({ panel, session, role, onEdit }: FollowUpSessionProps) {
  const { bookNext, viewer, now } = useSessionPorts();
  const styles = useStyles();
  const [problem, setProblem] = useState<string>();
  const sequence = session.sequence && session.sequence.index < session.sequence.of ? { next: session.sequence.index + 1, of: session.sequence.of } : undefined;
  const suggested = session.followUpSuggested !== undefined;
  const what = sequence ? `session ${sequence.next} of ${sequence.of}` : 'a follow-up session';

  if (role === 'mentor') {
    return (
      <div className={styles.root} aria-live="polite">
        {suggested ? (
          <Text data-testid="follow-up-suggested">
            You suggested {what}; {panel.mentee.displayName} books it, with the open actions carried over.
          </Text>
        ) : (
          <Button data-testid="suggest-follow-up" onClick={() => onEdit({ type: 'suggest-follow-up', by: viewer.id, at: now() })}>
            {sequence ? `Suggest session ${sequence.next} of ${sequence.of}` : 'Suggest a follow-up session'}
          </Button>
        )}
      </div>
    );
  }
  if (role !== 'mentee' || (!suggested && !sequence)) return null;
  return (
    <div className={styles.root} aria-live="polite">
      <Text data-testid="follow-up-suggestion">
        {suggested ? `${panel.mentor.displayName} suggests ${what}.` : `Session ${sequence!.next} of ${sequence!.of} is next.`}
      </Text>
      {bookNext ? (
        <Button
          appearance="primary"
          data-testid="book-next"
          onClick={() => {
            setProblem(undefined);
            // The host opens the Teams tab; where Teams refuses, the panel says so and where to book instead.
            Promise.resolve(bookNext(followUpPrefill(session))).catch((error: unknown) => setProblem(toPortError(error).message));
          }}
        >
          {sequence ? `Book session ${sequence.next} of ${sequence.of}` : 'Book a follow-up session'}
        </Button>
      ) : (
        <Text className={styles.muted}>Book it in the Micromentor tab in Teams.</Text>
      )}
      {problem ? (
        <MessageBar intent="error" data-testid="book-next-failed">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
