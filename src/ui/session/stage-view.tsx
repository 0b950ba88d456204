// The meeting stage: only the phase and the time left, very large, for everyone in the meeting.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Session } from '../../domain/session';
import { formatCountdown, useTimeBoxView } from './use-time-box-view';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalL,
    minHeight: '60vh',
    textAlign: 'center',
    color: tokens.colorNeutralForeground1,
  },
  phase: { fontSize: 'clamp(1.5rem, 6vw, 4rem)', lineHeight: 1.2, fontWeight: tokens.fontWeightSemibold },
  numerals: { fontSize: 'clamp(4rem, 24vw, 16rem)', lineHeight: 1, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
});

export function StageView({ session }: { session: Session }) {
  const styles = useStyles();
  const v = useTimeBoxView(session);
  const remaining = v.overtimeMs > 0 ? `+${formatCountdown(v.overtimeMs)}` : formatCountdown(v.sessionLeftMs);
  const phase = v.status === 'not-started' ? 'Not started yet' : v.status === 'ended' ? 'Session ended' : `${v.phase.title}${v.status === 'paused' ? ' (paused)' : ''}`;
  return (
    <section className={styles.root} aria-label="Time box" data-testid="time-box" data-phase={v.phase.id} data-status={v.status} data-remaining-ms={v.sessionLeftMs}>
      <Text className={styles.phase} data-testid="time-box-phase">
        {phase}
      </Text>
      <Text className={styles.numerals} role="timer" aria-label={v.overtimeMs > 0 ? `${remaining} over time` : `${remaining} left`}>
        {remaining}
      </Text>
    </section>
  );
}
