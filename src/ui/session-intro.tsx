import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { planPhases, type TimeBoxMinutes } from '../domain/time-box';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  minutes: { color: tokens.colorNeutralForeground3 },
});

/** The session's structure from the method, with each phase's share of the time box. */
export function SessionIntro({ inMeeting, timeBox = 45 }: { inMeeting: boolean; timeBox?: TimeBoxMinutes }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Session structure">
      <Text>{inMeeting ? `This meeting is a ${timeBox}-minute micro-mentoring session.` : 'Open this panel in a session meeting to run the time box.'}</Text>
      <ol className={styles.list}>
        {planPhases(timeBox).map((phase) => (
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
