// "Share to stage" where the host can: everyone in the meeting sees the phase and the time left.
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState, toPortError } from '../common/error-state';
import type { PortError } from '../common/session-panel-ports';
import { useSessionPorts } from './session-ports-context';

export function ShareToStage() {
  const { stage } = useSessionPorts();
  const [state, setState] = useState<{ kind: 'idle' | 'sharing' | 'shared' } | { kind: 'failed'; error: PortError }>({ kind: 'idle' });
  if (!stage) return null;
  const share = () => {
    setState({ kind: 'sharing' });
    stage.share().then(
      () => setState({ kind: 'shared' }),
      (e: unknown) => setState({ kind: 'failed', error: toPortError(e) }),
    );
  };
  return (
    <div>
      <Button data-testid="share-to-stage" data-status={state.kind} disabled={state.kind === 'sharing'} onClick={share}>
        {state.kind === 'shared' ? 'Shared to the stage' : state.kind === 'sharing' ? 'Sharing…' : 'Share the timer to the stage'}
      </Button>
      {state.kind === 'failed' ? <ErrorState error={state.error} onRetry={share} /> : null}
    </div>
  );
}
