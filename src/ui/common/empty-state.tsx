import { Link, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
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

/** The one-page guide beside the surfaces (dist/guide.html; in Teams and Outlook it opens in the browser). */
export const GUIDE_HREF = 'guide.html';

/** Nothing to show, and what to do about it, with the guide for anyone new to micro-mentoring. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  return (
    <section className={mergeClasses(surface.surface, styles.root)} data-testid="empty-state" aria-label={title}>
      <Text as="h3" block weight="semibold" size={400}>
        {title}
      </Text>
      {children ? <div className={styles.body}>{children}</div> : null}
      <Link href={GUIDE_HREF} target="_blank" rel="noopener noreferrer" data-testid="guide-link">
        How micro-mentoring works here
      </Link>
    </section>
  );
}
