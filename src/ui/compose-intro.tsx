import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function ComposeIntro() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Ask for a session">
      <Text>Turn this meeting into a micro-mentoring request: one goal, the context, what success looks like and a time box.</Text>
    </section>
  );
}
