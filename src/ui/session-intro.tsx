import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { planPhases, type TimeBoxMinutes } from '../domain/time-box';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  minutes: { color: tokens.colorNeutralForeground3 },
});

/**
 * The method's session structure, shown before the session itself can be read (signing in, or sign-in
 * failed). Only a known time box is named: a default would claim a length the session may not have.
 */
export function SessionIntro({ inMeeting, timeBox }: { inMeeting: boolean; timeBox?: TimeBoxMinutes }) {
  const styles = useStyles();
  const lead = !inMeeting
    ? 'Open this panel in a session meeting to run the time box.'
    : timeBox
      ? `This meeting is a ${timeBox}-minute micro-mentoring session.`
      : 'A micro-mentoring session runs in four phases (shown here for a 45-minute time box):';
  return (
    <section className={styles.root} aria-label="Session structure">
      <Text>{lead}</Text>
      <ol className={styles.list}>
        {planPhases(timeBox ?? 45).map((phase) => (
          <li key={phase.id}>
            <Text weight="semibold">{phase.title}</Text> <Text className={styles.minutes}>({phase.minutes} min)</Text>
            <br />
            <Text size={200}>{phase.description}</Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
