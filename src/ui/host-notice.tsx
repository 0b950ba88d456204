import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { minHeight: '100vh', padding: tokens.spacingHorizontalXXL, boxSizing: 'border-box' },
});

/** A whole page that says why a surface cannot run here and what to do instead. */
export function HostNotice({ intent, title, children }: { intent: 'info' | 'warning'; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {children}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
