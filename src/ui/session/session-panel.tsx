// The found session: header, checklists, timer, actions and closing the loop, in the host's layout.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PanelSession } from '../common/session-panel-ports';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export function SessionPanel({ initial }: { initial: PanelSession }) {
  const styles = useStyles();
  const { session } = initial;
  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={500}>
        {session.topic}
      </Text>
      <Text data-testid="session-goal">{session.goal}</Text>
      <Text data-testid="session-success">{session.success}</Text>
    </div>
  );
}
