import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { startTransition, useEffect, useState } from 'react';
import { EmptyState } from '../common/empty-state';
import { ErrorState } from '../common/error-state';
import { LoadingState } from '../common/loading-state';
import type { Viewer } from '../common/tab-ports';
import { DirectoryFilterBar } from './directory-filters';
import { MentorCard } from './mentor-card';
import { NO_FILTERS, type Directory } from './use-directory';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
  },
  suggestions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground3 },
});

export interface DirectoryScreenProps {
  directory: Directory;
  viewer: Viewer;
  onOpen: (mentorId: string) => void;
}

/**
 * Cards drawn a frame: the first page's cards go on screen a few at a time (in transitions, after
 * each paint), so the first ones paint sooner and a calendar answer can slip in between.
 */
const CARDS_A_FRAME = 4;

/** Find an expert: search, filters and ranked mentor cards, drawn before availability arrives. */
export function DirectoryScreen({ directory, viewer, onOpen }: DirectoryScreenProps) {
  const styles = useStyles();
  const { state, filters, results, visible, facets } = directory;
  const [drawnCount, setDrawnCount] = useState(CARDS_A_FRAME);
  useEffect(() => {
    if (drawnCount >= visible.length) return;
    const frame = requestAnimationFrame(() => startTransition(() => setDrawnCount((n) => n + CARDS_A_FRAME)));
    return () => cancelAnimationFrame(frame);
  }, [drawnCount, visible.length]);
  const drawn = visible.slice(0, drawnCount);
  const searching = filters.query.trim() !== '' || !!filters.topic || !!filters.department || !!filters.length || filters.freeThisWeek;

  return (
    <section className={styles.root} aria-labelledby="directory-heading">
      <Text as="h2" block size={500} weight="semibold" id="directory-heading">
        Find an expert
      </Text>
      <DirectoryFilterBar filters={filters} facets={facets} onChange={directory.updateFilters} />
      {state.error ? <ErrorState error={state.error} onRetry={directory.retry} /> : null}
      {state.calendarError ? <ErrorState error={state.calendarError} onRetry={directory.retryCalendars} /> : null}
      {state.viewer?.problem ? (
        <Text size={200} data-testid="viewer-calendar-problem">
          Your own calendar could not be read ({state.viewer.problem}); free times assume you work 09:00–17:00, Monday to Friday.
        </Text>
      ) : null}
      {state.listing === 'loading' && state.mentors.length === 0 ? <LoadingState label="Loading mentors…" /> : null}
      {state.listing === 'done' && state.mentors.length === 0 ? (
        <EmptyState title="No mentors yet">
          <Text>Nobody has offered sessions in the program yet. Mentors join from the “My offer” tab; ask your program manager who could.</Text>
        </EmptyState>
      ) : null}
      {state.mentors.length > 0 && results.length === 0 && state.listing !== 'loading' ? (
        <EmptyState title="No mentor matches this search">
          <Text>Try another topic, or clear the filters:</Text>
          <div className={styles.suggestions}>
            {facets.topics.slice(0, 8).map((topic) => (
              <Button key={topic} size="small" onClick={() => directory.updateFilters({ ...NO_FILTERS, query: topic })}>
                {topic}
              </Button>
            ))}
            {searching ? (
              <Link as="button" onClick={() => directory.updateFilters(NO_FILTERS)}>
                Clear search and filters
              </Link>
            ) : null}
          </div>
        </EmptyState>
      ) : null}
      {visible.length > 0 ? (
        <>
          <Text className={styles.status} role="status" aria-live="polite" data-testid="result-count">
            {describeCount(results.length, state.listing)}
          </Text>
          <div role="list" className={styles.list} aria-label="Mentors">
            {drawn.map((result) => (
              <MentorCard key={result.mentor.id} result={result} viewer={viewer} onOpen={onOpen} />
            ))}
          </div>
        </>
      ) : null}
      {directory.hasMore ? (
        <Button onClick={directory.showMore} data-testid="show-more">
          Show more mentors
        </Button>
      ) : null}
    </section>
  );
}

function describeCount(n: number, listing: string): string {
  const mentors = n === 1 ? '1 mentor' : `${n} mentors`;
  return listing === 'more' ? `${mentors} so far, more loading…` : mentors;
}
