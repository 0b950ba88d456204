// The program manager's editor of one consented session's story: the draft comes anonymised (no
// names; the department only if the mentee allowed it); each field shows its own error (checkStory:
// empty, too long, a name or address put back); Save draft, Publish, Unpublish; and, optionally, the
// published story shared as a card in a Teams channel picked at publish time.
import { Badge, Button, Checkbox, Field, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RESULT_LABELS } from '../../domain/render-chat-messages';
import { formatDay } from '../../domain/render-html';
import { STORY_LIMITS, checkStory, type StoryField, type SuccessStory } from '../../domain/success-story';
import { ErrorState, toPortError } from '../common/error-state';
import { usePorts } from '../common/ports-context';
import type { ChannelChoice, StoriesPort, StoryEntry } from '../common/story-ports';
import type { PortError } from '../common/tab-ports';
import { useSurfaceStyles } from '../common/surface-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

const STATUS_LABEL: Record<StoryEntry['status'], string> = { new: 'Draft (not saved)', draft: 'Draft', published: 'Published', unpublished: 'Unpublished' };

type Busy = 'draft' | 'published' | 'unpublished' | 'share' | undefined;
type ChannelsState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; channels: ChannelChoice[] } | { kind: 'failed'; error: PortError };

const channelKey = (c: ChannelChoice) => `${c.teamId}|${c.channelId}`;

export function StoryEditor({ entry: initial, stories, index }: { entry: StoryEntry; stories: StoriesPort; index: number }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { viewer } = usePorts();
  const [entry, setEntry] = useState(initial);
  const [goal, setGoal] = useState(initial.story.goal);
  const [success, setSuccess] = useState(initial.story.success);
  const [actions, setActions] = useState(initial.story.actions.join('\n'));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState<Busy>();
  const [failure, setFailure] = useState<PortError>();
  const [note, setNote] = useState<string>();
  const [share, setShare] = useState(false);
  const [channels, setChannels] = useState<ChannelsState>({ kind: 'idle' });
  const [channel, setChannel] = useState('');

  const edited: SuccessStory = { ...entry.story, goal, success, actions: actions.split('\n').map((a) => a.trim()).filter(Boolean) };
  const errors = tried ? checkStory(edited, { names: entry.names, emails: entry.emails }) : [];
  const errorOf = (field: StoryField) => errors.find((e) => e.field === field)?.message;
  const id = (part: string) => `story-${index}-${part}`;

  async function loadChannels() {
    setChannels({ kind: 'loading' });
    try {
      const found = await stories.channels();
      setChannels({ kind: 'ready', channels: found });
      if (found[0]) setChannel((c) => c || channelKey(found[0]!));
    } catch (error) {
      setChannels({ kind: 'failed', error: toPortError(error) });
    }
  }

  async function save(status: 'draft' | 'published' | 'unpublished') {
    setTried(true);
    setNote(undefined);
    setFailure(undefined);
    if (status !== 'unpublished' && checkStory(edited, { names: entry.names, emails: entry.emails }).length > 0) return;
    setBusy(status);
    try {
      let saved = await stories.save(entry, edited, status);
      setEntry(saved);
      const picked = channels.kind === 'ready' ? channels.channels.find((c) => channelKey(c) === channel) : undefined;
      if (status === 'published' && share && picked) {
        setBusy('share');
        saved = await stories.share(saved, picked);
        setEntry(saved);
      }
      setNote(status === 'published' ? (saved.sharedTo ? `Published, and shared in ${saved.sharedTo}.` : 'Published: everyone sees it under “What 45 minutes did”.') : status === 'draft' ? 'Draft saved.' : 'Unpublished: nobody sees it any more.');
    } catch (error) {
      setFailure(toPortError(error));
    } finally {
      setBusy(undefined);
    }
  }

  const published = entry.status === 'published';
  return (
    <article className={mergeClasses(surface.surface, styles.root)} aria-labelledby={id('title')} data-testid="story-editor" data-session-key={entry.story.sessionKey}>
      <div className={styles.head}>
        <Text as="h4" id={id('title')} weight="semibold" size={400} className={styles.heading}>
          {entry.story.topic}
        </Text>
        <Badge appearance="tint" color={published ? 'success' : 'informative'} data-testid="story-status">
          {STATUS_LABEL[entry.status]}
        </Badge>
      </div>
      <Text size={200} className={styles.muted}>
        {RESULT_LABELS[entry.story.result]} · held {formatDay(entry.heldAt, { zone: viewer.zone, locale: viewer.locale }, 'medium')}
        {entry.story.department ? ` · ${entry.story.department} (the mentee allowed it)` : ' · no department (not allowed by the mentee)'}
        {entry.sharedTo ? ` · shared in ${entry.sharedTo}` : ''}
      </Text>
      <Field label="The goal, in the mentee's words" validationMessage={errorOf('goal')} hint={`At most ${STORY_LIMITS.textMax} characters; no names.`}>
        <Textarea value={goal} onChange={(_, d) => setGoal(d.value)} resize="vertical" data-testid="story-edit-goal" />
      </Field>
      <Field label="What success looked like" validationMessage={errorOf('success')}>
        <Textarea value={success} onChange={(_, d) => setSuccess(d.value)} resize="vertical" data-testid="story-edit-success" />
      </Field>
      <Field label="What they did next (one per line)" validationMessage={errorOf('actions')} hint={`At most ${STORY_LIMITS.actionsMax}, each up to ${STORY_LIMITS.actionMax} characters.`}>
        <Textarea value={actions} onChange={(_, d) => setActions(d.value)} resize="vertical" data-testid="story-edit-actions" />
      </Field>
      <Checkbox
        checked={share}
        onChange={(_, d) => {
          setShare(d.checked === true);
          if (d.checked === true && channels.kind === 'idle') void loadChannels();
        }}
        label="Also share it as a card in a Teams channel"
        data-testid="story-share"
      />
      {share && channels.kind === 'loading' ? <Text className={styles.muted}>Loading your teams’ channels…</Text> : null}
      {share && channels.kind === 'failed' ? (
        <MessageBar intent="warning" layout="multiline" data-testid="story-share-unavailable">
          <MessageBarBody>{channels.error.message} The story can still be published in the app.</MessageBarBody>
        </MessageBar>
      ) : null}
      {share && channels.kind === 'ready' ? (
        <Field label="Channel">
          <Select value={channel} onChange={(_, d) => setChannel(d.value)} data-testid="story-channel">
            {channels.channels.map((c) => (
              <option key={channelKey(c)} value={channelKey(c)}>
                {c.teamName} › {c.channelName}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy !== undefined} onClick={() => void save('published')} data-testid="story-publish">
          {busy === 'published' ? 'Publishing…' : busy === 'share' ? 'Sharing…' : published ? (share ? 'Update and share' : 'Update the published story') : share ? 'Publish and share' : 'Publish'}
        </Button>
        {!published ? (
          <Button disabled={busy !== undefined} onClick={() => void save('draft')} data-testid="story-save-draft">
            {busy === 'draft' ? 'Saving…' : 'Save draft'}
          </Button>
        ) : (
          <Button disabled={busy !== undefined} onClick={() => void save('unpublished')} data-testid="story-unpublish">
            {busy === 'unpublished' ? 'Unpublishing…' : 'Unpublish'}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {note ? <Text data-testid="story-note">{note}</Text> : null}
      </div>
      {failure ? <ErrorState error={failure} /> : null}
    </article>
  );
}
