import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

// The session structure from the method; the time box (issue 4) will drive it live.
const STEPS = [
  'Set the container: confirm the focus and agree on the time box.',
  'Explore the concrete situation; the mentor asks clarifying questions.',
  'Actionable advice and next steps.',
  'Conclude and hand off: summarise the agreed actions.',
];

export function SessionIntro({ inMeeting }: { inMeeting: boolean }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Session structure">
      <Text>{inMeeting ? 'This meeting is a micro-mentoring session.' : 'Open this panel in a session meeting to run the time box.'}</Text>
      <ol className={styles.list}>
        {STEPS.map((step) => (
          <li key={step}>
            <Text>{step}</Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
