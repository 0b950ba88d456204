import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { minHeight: '100vh', padding: tokens.spacingHorizontalXXL, boxSizing: 'border-box' },
});

export const OUTSIDE_HOST_MESSAGE = 'Open Micromentor in Teams or Outlook, or run the local workbench with npm start.';

/** Shown when a surface is opened as a plain web page: say how to get to a working one. */
export function OutsideHost({ detail }: { detail?: string }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Micromentor runs inside Microsoft 365</MessageBarTitle>
          {OUTSIDE_HOST_MESSAGE}
          {detail ? ` (${detail})` : null}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
