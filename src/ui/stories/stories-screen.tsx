// The Stories tab. Everyone reads "What 45 minutes did"; a program manager also publishes, in a
// second view of the same tab: one place for stories, as Teams users find a tab's parts in its own
// sub-tabs, and the people who read stories never see the tools that make them.
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { usePorts } from '../common/ports-context';
import type { StoriesPort } from '../common/story-ports';
import { ManageStories } from './manage-stories';
import { PublishedStories } from './published-stories';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem', minWidth: 0 },
});

type View = 'publish' | 'read';

export function StoriesScreen({ stories }: { stories: StoriesPort }) {
  const { viewer } = usePorts();
  const styles = useStyles();
  const [view, setView] = useState<View>(viewer.isProgramManager ? 'publish' : 'read');
  return (
    <section className={styles.root} aria-labelledby="stories-title" data-testid="stories">
      <Text as="h2" id="stories-title" size={500} weight="semibold">
        Stories
      </Text>
      {viewer.isProgramManager ? (
        <TabList size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Stories">
          <Tab value="publish" data-testid="stories-view-publish">
            To publish
          </Tab>
          <Tab value="read" data-testid="stories-view-read">
            What 45 minutes did
          </Tab>
        </TabList>
      ) : null}
      {viewer.isProgramManager && view === 'publish' ? <ManageStories stories={stories} /> : <PublishedStories stories={stories} />}
    </section>
  );
}
