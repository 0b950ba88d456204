// A skill sequence in My sessions: its overall goal and where it stands, its sessions together in
// order (1 of 3, 2 of 3 …), each the usual session row.
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { nextToBook, sequenceMoveWindow, sequenceOutcome } from '../../domain/skill-sequence';
import { BookNextInSequence } from './book-next-in-sequence';
import type { SessionResult } from '../../domain/session';
import type { StoredSessionView } from '../common/tab-ports';
import { SessionRow } from './session-row';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere', paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const RESULT_WORDS: Record<SessionResult, string> = { met: 'Goal met', partly: 'Goal partly met', 'not-yet': 'Goal not met yet' };

export function SequenceGroup({ overallGoal, items, role, onChanged }: { overallGoal: string; items: StoredSessionView[]; role: 'mentee' | 'mentor'; onChanged?: () => void }) {
  const styles = useStyles();
  const sessions = items.map((i) => i.session);
  const outcome = sequenceOutcome(sessions);
  const next = nextToBook(sessions);
  const of = items[0]?.session.sequence?.of ?? items.length;
  const headingId = `sequence-${items[0]?.session.sequence?.key ?? 'group'}`;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="sequence-group">
      <div className={styles.head}>
        <Text as="h4" id={headingId} weight="semibold">
          Sequence of {of} sessions{overallGoal ? `: ${overallGoal}` : ''}
        </Text>
        <Badge appearance="tint" color={outcome.kind === 'result' ? 'success' : 'informative'} data-testid="sequence-outcome">
          {outcome.kind === 'result' ? RESULT_WORDS[outcome.result] : `${outcome.held} of ${outcome.of} held`}
        </Badge>
      </div>
      <ul className={styles.list}>
        {items.map((stored) => (
          <li key={stored.session.key}>
            <SessionRow initial={stored} role={role} within={sequenceMoveWindow(stored.session, sessions)} />
          </li>
        ))}
      </ul>
      {role === 'mentee' && next ? <BookNextInSequence previous={next.previous} index={next.index} onBooked={onChanged ?? (() => undefined)} /> : null}
    </section>
  );
}
