import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { EmptyState } from '../common/empty-state';
import { ErrorState } from '../common/error-state';
import { LoadingState } from '../common/loading-state';
import { usePorts } from '../common/ports-context';
import type { StoredSessionView } from '../common/tab-ports';
import { groupSequences } from '../../domain/skill-sequence';
import { SequenceGroup } from './sequence-group';
import { SessionRow } from './session-row';
import { splitByTime } from './session-status';
import { useMySessions } from './use-my-sessions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem', minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  quiet: { color: tokens.colorNeutralForeground3 },
});

type Role = 'mentee' | 'mentor';

/** "My sessions": upcoming and past, as mentee and (for mentors) as mentor. */
export function MySessionsScreen() {
  const ports = usePorts();
  const styles = useStyles();
  const [role, setRole] = useState<Role>('mentee');
  return (
    <section className={styles.root} aria-labelledby="my-sessions-title" data-testid="my-sessions">
      <Text as="h2" id="my-sessions-title" size={500} weight="semibold">
        My sessions
      </Text>
      {ports.viewer.isMentor ? (
        <TabList size="small" selectedValue={role} onTabSelect={(_, data) => setRole(data.value as Role)} aria-label="Sessions as">
          <Tab value="mentee">As mentee</Tab>
          <Tab value="mentor">As mentor</Tab>
        </TabList>
      ) : null}
      <SessionList key={role} role={role} />
    </section>
  );
}

function SessionList({ role }: { role: Role }) {
  const ports = usePorts();
  const styles = useStyles();
  const { state, reload } = useMySessions(ports.mySessions, role);
  const heading = role === 'mentor' ? 'My sessions as mentor' : 'My sessions as mentee';

  if (state.kind === 'loading') return <LoadingState label="Loading your sessions…" />;
  if (state.kind === 'failed') return <ErrorState error={state.error} onRetry={reload} />;
  if (state.sessions.length === 0) {
    return role === 'mentor' ? (
      <EmptyState title="No sessions booked with you yet">When a mentee books you, the session appears here. Keep your topics current in “My offer”.</EmptyState>
    ) : (
      <EmptyState title="No sessions yet">Open “Find an expert” to find a mentor for one question and book a short session.</EmptyState>
    );
  }
  const { upcoming, past } = splitByTime(state.sessions, ports.now());
  return (
    <section className={styles.section} aria-label={heading}>
      <SessionSection title="Upcoming" sessions={upcoming} role={role} empty="Nothing coming up." onChanged={reload} />
      {past.length > 0 ? <SessionSection title="Past" sessions={past} role={role} onChanged={reload} /> : null}
    </section>
  );
}

function SessionSection({ title, sessions, role, empty, onChanged }: { title: string; sessions: StoredSessionView[]; role: Role; empty?: string; onChanged?: () => void }) {
  const styles = useStyles();
  return (
    <>
      <Text as="h3" size={400} weight="semibold">
        {title}
      </Text>
      {sessions.length === 0 && empty ? <Text className={styles.quiet}>{empty}</Text> : null}
      <ul className={styles.list}>
        {groupSequences(sessions).map((entry) =>
          entry.kind === 'single' ? (
            <li key={entry.item.session.key}>
              <SessionRow initial={entry.item} role={role} />
            </li>
          ) : (
            <li key={entry.key}>
              <SequenceGroup overallGoal={entry.overallGoal} items={entry.items} role={role} {...(onChanged ? { onChanged } : {})} />
            </li>
          ),
        )}
      </ul>
    </>
  );
}
