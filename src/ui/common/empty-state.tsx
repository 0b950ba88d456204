import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useSurfaceStyles } from './surface-styles';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    color: tokens.colorNeutralForeground1,
  },
  body: { color: tokens.colorNeutralForeground2 },
});

/** Nothing to show, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  return (
    <section className={mergeClasses(surface.surface, styles.root)} data-testid="empty-state" aria-label={title}>
      <Text as="h3" block weight="semibold" size={400}>
        {title}
      </Text>
      {children ? <div className={styles.body}>{children}</div> : null}
    </section>
  );
}
