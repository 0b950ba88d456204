// One published story as everyone reads it: the topic (and department, when the mentee allowed it),
// the goal and what success looked like in the mentee's words, the result and what they did next.
// React escapes every text; nothing here is HTML.
import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { RESULT_LABELS } from '../../domain/render-chat-messages';
import { formatDay } from '../../domain/render-html';
import type { PublishedStory } from '../../domain/story-record';
import { usePorts } from '../common/ports-context';
import { useSurfaceStyles } from '../common/surface-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  actions: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function StoryCard({ story }: { story: PublishedStory }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { viewer } = usePorts();
  const headingId = `story-${story.sessionKey}`;
  return (
    <article className={mergeClasses(surface.surface, styles.root)} aria-labelledby={headingId} data-testid="story-card">
      <div className={styles.head}>
        <Text as="h4" id={headingId} weight="semibold" size={400} className={styles.text}>
          {story.topic}
        </Text>
        <Badge appearance="tint" color={story.result === 'met' ? 'success' : 'informative'} data-testid="story-result">
          {RESULT_LABELS[story.result]}
        </Badge>
      </div>
      <Text size={200} className={styles.muted}>
        {story.department ? `${story.department} · ` : ''}Published {formatDay(story.publishedAt, { zone: viewer.zone, locale: viewer.locale }, 'medium')}
      </Text>
      <div>
        <Text className={styles.label}>The goal: </Text>
        <Text data-testid="story-goal">{story.goal}</Text>
      </div>
      <div>
        <Text className={styles.label}>What success looked like: </Text>
        <Text>{story.success}</Text>
      </div>
      {story.actions.length > 0 ? (
        <div>
          <Text className={styles.label}>What they did next</Text>
          <ul className={styles.actions}>
            {story.actions.map((a, i) => (
              <li key={i}>
                <Text>{a}</Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
