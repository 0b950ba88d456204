// One line about saving: synced, saving, offline (the edits are kept), or an error with Retry.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SyncProblem, SyncStatus } from '../../domain/panel-sync';
import { describeWait } from '../common/error-state';
import { useSessionPorts } from './session-ports-context';

const useStyles = makeStyles({
  line: { color: tokens.colorNeutralForeground3 },
});

export function SyncStatusLine({ status, problem, onRetry }: { status: SyncStatus; problem?: SyncProblem; onRetry: () => void }) {
  const { now } = useSessionPorts();
  const styles = useStyles();
  if (status === 'error' && problem) {
    const wait = problem.kind === 'throttled' ? describeWait(problem.until - now()) : undefined;
    return (
      <MessageBar intent={problem.kind === 'throttled' ? 'warning' : 'error'} layout="multiline" data-testid="sync-status" data-state="error" role="status">
        <MessageBarBody>
          {problem.kind === 'throttled'
            ? `Microsoft 365 asked us to slow down; your edits are kept and will be saved ${wait ? `in ${wait}` : 'in a moment'}.`
            : `Your edits are not saved yet: ${problem.error.message} They are kept here.`}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry} data-testid="sync-retry">
            {problem.kind === 'throttled' ? 'Try now' : 'Retry'}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (status === 'offline') {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="sync-status" data-state="offline" role="status">
        <MessageBarBody>You are offline: your edits are kept and will be saved when the connection is back.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Text size={200} className={styles.line} data-testid="sync-status" data-state={status} role="status">
      {status === 'saving' ? 'Saving…' : 'All changes saved'}
    </Text>
  );
}
