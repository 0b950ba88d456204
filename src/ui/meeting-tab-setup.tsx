import { FluentProvider, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { HostTheme } from '../domain/host-context';
import { fluentTheme } from './fluent-theme';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalL },
});

/** The configuration page Teams shows when Micromentor is added to a meeting: nothing to choose, so it says what Save adds. */
export function MeetingTabSetup({ theme }: { theme: HostTheme }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root}>
      <Text as="p">Micromentor adds the session&apos;s goal, both prep checklists and the time box to this meeting. Select Save to add it.</Text>
    </FluentProvider>
  );
}
