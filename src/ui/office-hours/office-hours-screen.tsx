import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { EmptyState } from '../common/empty-state';
import { ErrorState } from '../common/error-state';
import { LoadingState } from '../common/loading-state';
import { usePorts } from '../common/ports-context';
import { MentorSheetCard } from './mentor-sheet-card';
import { PostSheetForm } from './post-sheet-form';
import { SheetCard } from './sheet-card';
import { useSheets } from './use-sheets';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem', minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type View = 'browse' | 'post';

/** Office hours: experts' sign-up sheets of short slots for one quick question; mentors and program managers post them. */
export function OfficeHoursScreen() {
  const { viewer } = usePorts();
  const styles = useStyles();
  const [view, setView] = useState<View>('browse');
  const posts = viewer.isMentor || viewer.isProgramManager;
  return (
    <section className={styles.root} aria-labelledby="office-hours-title" data-testid="office-hours">
      <Text as="h2" id="office-hours-title" size={500} weight="semibold">
        Office hours
      </Text>
      {posts ? (
        <TabList size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Office hours">
          <Tab value="browse">Open sheets</Tab>
          <Tab value="post">{viewer.isProgramManager ? 'Post and manage' : 'My sheets'}</Tab>
        </TabList>
      ) : null}
      {view === 'browse' || !posts ? <OpenSheets /> : <MySheets />}
    </section>
  );
}

function OpenSheets() {
  const ports = usePorts();
  const styles = useStyles();
  const load = useCallback(() => ports.officeHours.openSheets(), [ports.officeHours]);
  const { state, reload, changed } = useSheets(load);
  if (state.kind === 'loading') return <LoadingState label="Loading open office hours…" />;
  if (state.kind === 'failed') return <ErrorState error={state.error} onRetry={reload} />;
  if (state.sheets.length === 0) {
    return <EmptyState title="No office hours open right now">When an expert posts short slots for quick questions, they appear here. Meanwhile, “Find an expert” books a full session.</EmptyState>;
  }
  return (
    <ul className={styles.list} aria-label="Open sheets">
      {state.sheets.map((v) => (
        <li key={v.sheet.itemId}>
          <SheetCard view={v} onChanged={changed} />
        </li>
      ))}
    </ul>
  );
}

function MySheets() {
  const ports = usePorts();
  const styles = useStyles();
  const { viewer } = ports;
  // A program manager sees the sheets they manage through the open list; their own posting form is the same.
  const load = useCallback(() => (viewer.isMentor ? ports.officeHours.sheetsOf(viewer.id) : ports.officeHours.openSheets()), [ports.officeHours, viewer.id, viewer.isMentor]);
  const { state, reload, changed } = useSheets(load);
  // A fresh form after each post: a new key (the next post is a new sheet) and free times read again.
  const [form, setForm] = useState(0);
  return (
    <>
      <Text as="h3" size={400} weight="semibold">
        Post office hours
      </Text>
      <PostSheetForm
        key={form}
        onPosted={(posted) => {
          changed(posted);
          setForm((n) => n + 1);
        }}
      />
      <Text as="h3" size={400} weight="semibold">
        {viewer.isMentor ? 'Your sheets' : 'Open sheets'}
      </Text>
      {state.kind === 'loading' ? (
        <LoadingState label="Loading sheets…" />
      ) : state.kind === 'failed' ? (
        <ErrorState error={state.error} onRetry={reload} />
      ) : state.sheets.length === 0 ? (
        <Text>No sheets yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="Sheets">
          {state.sheets.map((v) => (
            <li key={v.sheet.itemId}>
              <MentorSheetCard view={v} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
