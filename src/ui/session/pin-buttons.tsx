// "Pin the checklist" and "Pin the summary": each posts the rendered message to the meeting chat and
// pins it (the gateway makes any number of clicks, from both sides, one message per revision).
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChatPostKind } from '../../domain/session';
import { ErrorState, toPortError } from '../common/error-state';
import type { PanelSession, PortError } from '../common/session-panel-ports';
import { useSessionPorts } from './session-ports-context';

type PinStatus = { kind: 'idle' } | { kind: 'working' } | { kind: 'done' } | { kind: 'failed'; error: PortError };

const LABELS: Record<ChatPostKind, { button: string; done: string }> = {
  checklist: { button: 'Pin the checklist', done: 'The checklist is pinned in the meeting chat.' },
  summary: { button: 'Pin the summary', done: 'The summary is pinned in the meeting chat.' },
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  one: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function PinButtons({ withRecord }: { withRecord: (op: (current: PanelSession) => Promise<PanelSession>) => Promise<PanelSession> }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="pin-heading">
      <Text as="h3" id="pin-heading" weight="semibold" size={400}>
        Meeting chat
      </Text>
      <PinButton kind="checklist" withRecord={withRecord} />
      <PinButton kind="summary" withRecord={withRecord} />
    </section>
  );
}

function PinButton({ kind, withRecord }: { kind: ChatPostKind; withRecord: (op: (current: PanelSession) => Promise<PanelSession>) => Promise<PanelSession> }) {
  const { sessions } = useSessionPorts();
  const styles = useStyles();
  const [status, setStatus] = useState<PinStatus>({ kind: 'idle' });
  const pin = () => {
    setStatus({ kind: 'working' });
    withRecord((current) => sessions.pin(current, kind)).then(
      () => setStatus({ kind: 'done' }),
      (e: unknown) => setStatus({ kind: 'failed', error: toPortError(e) }),
    );
  };
  return (
    <div className={styles.one}>
      <Button data-testid={`pin-${kind}`} data-status={status.kind} disabled={status.kind === 'working'} onClick={pin}>
        {status.kind === 'working' ? <Spinner size="tiny" label={`${LABELS[kind].button}…`} /> : LABELS[kind].button}
      </Button>
      <div role="status" aria-live="polite">
        {status.kind === 'done' ? <Text size={200}>{LABELS[kind].done}</Text> : null}
      </div>
      {status.kind === 'failed' ? (
        <div data-testid={`pin-${kind}-failed`}>
          <ErrorState error={status.error} />
          <Button data-testid="pin-retry" onClick={pin}>
            Retry
          </Button>
        </div>
      ) : null}
    </div>
  );
}
