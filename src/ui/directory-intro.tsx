import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '60ch' },
  example: { fontStyle: 'italic' },
});

/** What the directory is for, in the method's own words. */
export function DirectoryIntro() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="How Micromentor works">
      <Text>Find the right expert for one narrow question and ask for a short, time-boxed session.</Text>
      <Text>A precise request is more compelling:</Text>
      <Text className={styles.example}>
        “Could I schedule 30 minutes to get your feedback on my slides for the board review?”
      </Text>
      <Text>is more effective than “Can I pick your brain?”</Text>
    </section>
  );
}
