import { FluentProvider, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { HostContext } from '../domain/host-context';
import { fluentTheme } from './fluent-theme';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  // Visually hidden, still in the accessibility tree.
  quiet: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface AppShellProps {
  context: HostContext;
  title: string;
  /** Sign-in state and the like, under the person's name. */
  status?: ReactNode;
  /** On the meeting stage everyone looks at one screen: the person's name and the host line are noise there (still read by screen readers). */
  quietHeader?: boolean;
  /** False once signing in to Microsoft 365 has failed: "Signed in as" is then not true, and goes (the status says what happened). */
  signedIn?: boolean;
  children?: ReactNode;
}

/** The frame every surface draws in: the host's theme, who is signed in, where we are. */
export function AppShell({ context, title, status, quietHeader, signedIn = true, children }: AppShellProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(context.theme)} className={styles.root} data-theme={context.theme} data-surface={context.surface}>
      <header className={quietHeader ? styles.quiet : styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {title}
        </Text>
        {signedIn ? <Text data-testid="signed-in-user">Signed in as {context.user.displayName}</Text> : null}
        <Text size={200} className={styles.meta}>
          {describeHost(context)}
        </Text>
        {status}
      </header>
      <main>{children}</main>
    </FluentProvider>
  );
}

function describeHost(context: HostContext): string {
  const host = context.host === 'teams' ? 'Microsoft Teams' : context.host === 'outlook' ? 'Outlook' : 'Outlook (local workbench)';
  return context.chatId ? `${host} · ${context.frame} · meeting chat connected` : `${host} · ${context.frame}`;
}
