// A meeting that holds no Micromentor session: say so, and offer the viewer's sessions that have no
// meeting yet to attach to this one.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatClock, formatDay } from '../../domain/render-html';
import { EmptyState } from '../common/empty-state';
import { ErrorState, toPortError } from '../common/error-state';
import type { AttachChoice, PanelSession, PortError } from '../common/session-panel-ports';
import { useSessionPorts } from './session-ports-context';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function AttachSession({ choices, onAttached }: { choices: AttachChoice[]; onAttached: (found: PanelSession) => void }) {
  const { sessions, viewer } = useSessionPorts();
  const styles = useStyles();
  const [working, setWorking] = useState<string | undefined>();
  const [error, setError] = useState<{ itemId: string; error: PortError } | undefined>();

  const attach = (itemId: string) => {
    setWorking(itemId);
    setError(undefined);
    sessions.attach(itemId).then(onAttached, (e: unknown) => {
      setWorking(undefined);
      setError({ itemId, error: toPortError(e) });
    });
  };

  return (
    <div data-testid="not-a-session">
      <EmptyState title="This meeting is not a Micromentor session">
        {choices.length === 0 ? (
          <Text block>None of your sessions is waiting for a meeting. Book a session from the Micromentor tab and its meeting will show it here.</Text>
        ) : (
          <>
            <Text block>If this meeting is for one of your sessions that has no meeting yet, attach it here:</Text>
            <ul className={styles.list} aria-label="Sessions without a meeting">
              {choices.map((choice) => (
                <li key={choice.itemId} className={styles.item}>
                  <Text weight="semibold">{choice.topic}</Text>
                  <Text size={200}>{choice.goal}</Text>
                  <Text size={200} className={styles.meta}>
                    With {choice.withName}, {formatDay(choice.start, viewer, 'medium')} {formatClock(choice.start, viewer)}
                  </Text>
                  <Button
                    data-testid="attach-choice"
                    data-item-id={choice.itemId}
                    disabled={working !== undefined}
                    onClick={() => attach(choice.itemId)}
                    aria-label={`Attach “${choice.topic}” to this meeting`}
                  >
                    {working === choice.itemId ? 'Attaching…' : 'Attach to this meeting'}
                  </Button>
                  {error?.itemId === choice.itemId ? <ErrorState error={error.error} onRetry={() => attach(choice.itemId)} /> : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </EmptyState>
    </div>
  );
}
