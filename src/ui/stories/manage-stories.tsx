// The program manager's stories: one per consented session with a result, newest session first.
// Reading it also withdraws stories whose mentee has withdrawn consent since (said here).
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { EmptyState } from '../common/empty-state';
import { ErrorState, toPortError } from '../common/error-state';
import { LoadingState } from '../common/loading-state';
import type { StoriesPort, StoriesToPublish } from '../common/story-ports';
import type { PortError } from '../common/tab-ports';
import { StoryEditor } from './story-editor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Editors shown at once: a program of thousands of sessions has hundreds of consented ones. */
const PAGE = 10;

type State = { kind: 'loading' } | { kind: 'failed'; error: PortError } | { kind: 'ready'; found: StoriesToPublish };

export function ManageStories({ stories }: { stories: StoriesPort }) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [shown, setShown] = useState(PAGE);
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    stories.toPublish().then(
      (found) => live && setState({ kind: 'ready', found }),
      (error: unknown) => live && setState({ kind: 'failed', error: toPortError(error) }),
    );
    return () => {
      live = false;
    };
  }, [stories, attempt]);

  return (
    <section className={styles.root} aria-labelledby="manage-title" data-testid="manage-stories">
      <Text as="h3" id="manage-title" size={400} weight="semibold">
        Stories to publish
      </Text>
      <Text>From sessions whose mentee agreed to share how it went. Names are taken out; check the words before you publish.</Text>
      {state.kind === 'loading' ? <LoadingState label="Loading consented sessions…" /> : null}
      {state.kind === 'failed' ? <ErrorState error={state.error} onRetry={() => setAttempt((n) => n + 1)} /> : null}
      {state.kind === 'ready' && state.found.withdrawn > 0 ? (
        <MessageBar intent="info" data-testid="stories-withdrawn">
          <MessageBarBody>
            {state.found.withdrawn === 1 ? 'One story was' : `${state.found.withdrawn} stories were`} unpublished and erased: the mentee withdrew consent.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.kind === 'ready'
        ? state.found.unreadable.map((message) => (
            <MessageBar key={message} intent="warning" layout="multiline">
              <MessageBarBody>{message}</MessageBarBody>
            </MessageBar>
          ))
        : null}
      {state.kind === 'ready' && state.found.entries.length === 0 ? (
        <EmptyState title="No consented sessions yet">When a mentee records a result and agrees, in the meeting’s side panel, to share their session’s story, it appears here as a draft.</EmptyState>
      ) : null}
      {state.kind === 'ready' && state.found.entries.length > 0 ? (
        <ul className={styles.list} aria-label="Stories to publish">
          {state.found.entries.slice(0, shown).map((entry, i) => (
            <li key={entry.story.sessionKey}>
              <StoryEditor entry={entry} stories={stories} index={i} />
            </li>
          ))}
        </ul>
      ) : null}
      {state.kind === 'ready' && state.found.entries.length > shown ? (
        <Button onClick={() => setShown((n) => n + PAGE)} data-testid="stories-more">
          {state.found.entries.length - shown <= PAGE ? `Show the last ${state.found.entries.length - shown}` : `Show ${PAGE} more of ${state.found.entries.length - shown}`}
        </Button>
      ) : null}
    </section>
  );
}
