// "What 45 minutes did": the published stories, newest first, for everyone; one topic at a time if
// the reader picks one. The topics offered are those of the stories there are (no empty choices).
import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { PublishedStory } from '../../domain/story-record';
import { EmptyState } from '../common/empty-state';
import { ErrorState, toPortError } from '../common/error-state';
import { LoadingState } from '../common/loading-state';
import type { StoriesPort } from '../common/story-ports';
import type { PortError } from '../common/tab-ports';
import { StoryCard } from './story-card';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  filter: { maxWidth: '20rem' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type State = { kind: 'loading' } | { kind: 'failed'; error: PortError } | { kind: 'ready'; stories: PublishedStory[] };

export function PublishedStories({ stories }: { stories: StoriesPort }) {
  const styles = useStyles();
  const [topic, setTopic] = useState('');
  const [topics, setTopics] = useState<string[]>([]);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    stories.published(topic || undefined).then(
      (found) => {
        if (!live) return;
        setState({ kind: 'ready', stories: found });
        if (!topic) setTopics([...new Set(found.map((s) => s.topic))].sort());
      },
      (error: unknown) => live && setState({ kind: 'failed', error: toPortError(error) }),
    );
    return () => {
      live = false;
    };
  }, [stories, topic, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return (
    <section className={styles.root} aria-labelledby="published-title" data-testid="published-stories">
      <Text as="h3" id="published-title" size={400} weight="semibold">
        What 45 minutes did
      </Text>
      {topics.length > 1 || topic ? (
        <Field label="Topic" className={styles.filter}>
          <Select value={topic} onChange={(_, d) => setTopic(d.value)} data-testid="story-topic">
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {state.kind === 'loading' ? <LoadingState label="Loading stories…" /> : null}
      {state.kind === 'failed' ? <ErrorState error={state.error} onRetry={retry} /> : null}
      {state.kind === 'ready' && state.stories.length === 0 ? (
        <EmptyState title="No stories yet">When a mentee agrees to share how a session went, the program manager publishes it here, without names.</EmptyState>
      ) : null}
      {state.kind === 'ready' && state.stories.length > 0 ? (
        <ul className={styles.list} aria-label="Published stories">
          {state.stories.map((s) => (
            <li key={s.sessionKey}>
              <StoryCard story={s} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
