import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import type { RequestPrefill } from '../../domain/request-prefill';
import { LoadingState } from '../common/loading-state';
import { PortsProvider, usePorts } from '../common/ports-context';
import { FindExpertScreen } from '../directory/find-expert-screen';
import { ProgramGate } from '../program-setup/program-gate';
import { OpenRequestContext } from './open-request';

// The first screen is the directory; the others download when first opened, keeping the tab's first JS small.
const MySessionsScreen = lazy(() => import('../my-sessions/my-sessions-screen').then((m) => ({ default: m.MySessionsScreen })));
const OfficeHoursScreen = lazy(() => import('../office-hours/office-hours-screen').then((m) => ({ default: m.OfficeHoursScreen })));
const MentorOfferScreen = lazy(() => import('../mentor-offer/mentor-offer-screen').then((m) => ({ default: m.MentorOfferScreen })));
const EventsScreen = lazy(() => import('../flash/events-screen').then((m) => ({ default: m.EventsScreen })));
const StoriesScreen = lazy(() => import('../stories/stories-screen').then((m) => ({ default: m.StoriesScreen })));
const DashboardScreen = lazy(() => import('../dashboard/dashboard-screen').then((m) => ({ default: m.DashboardScreen })));

type TabId = 'find' | 'sessions' | 'office-hours' | 'offer' | 'events' | 'stories' | 'program';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // Five tabs do not fit one row at 320 px: the row wraps, so every tab (the selected one included)
  // stays in sight; a scrolling row hid the last ones, selected or not. Small tabs with their text a
  // size smaller there keep it to two rows.
  tabs: { flexWrap: 'wrap', minWidth: 0 },
  tab: {
    '@media (max-width: 360px)': {
      '& .fui-Tab__content': { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
      '& .fui-Tab__content--reserved-space': { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
    },
  },
});

/** The personal tab: find an expert, my sessions, and (for mentors) my offer. */
export function TabApp() {
  const ports = usePorts();
  const { viewer } = ports;
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('find');
  // A request opened from another tab: Find an expert starts again at that mentor, prefilled.
  const [opened, setOpened] = useState<{ prefill: RequestPrefill; n: number }>();
  const openRequest = useCallback((prefill: RequestPrefill) => {
    setOpened((before) => ({ prefill, n: (before?.n ?? 0) + 1 }));
    setTab('find');
  }, []);
  // "Find an expert" stays mounted while hidden, so its search and cards survive a visit to another tab.
  return (
    <ProgramGate>
    <OpenRequestContext.Provider value={openRequest}>
    <div className={styles.root}>
      <TabList size="small" className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Micromentor">
        <Tab className={styles.tab} value="find" id="tab-find" aria-controls="panel-find">
          Find an expert
        </Tab>
        <Tab className={styles.tab} value="sessions" id="tab-sessions" aria-controls="panel-sessions">
          My sessions
        </Tab>
        <Tab className={styles.tab} value="office-hours" id="tab-office-hours" aria-controls="panel-office-hours">
          Office hours
        </Tab>
        {/* Anyone may offer their time: on a new program's empty Mentors list this is how the first mentors join. */}
        <Tab className={styles.tab} value="offer" id="tab-offer" aria-controls="panel-offer">
          {viewer.isMentor ? 'My offer' : 'Become a mentor'}
        </Tab>
        <Tab className={styles.tab} value="events" id="tab-events" aria-controls="panel-events">
          Events
        </Tab>
        {ports.stories ? (
          <Tab className={styles.tab} value="stories" id="tab-stories" aria-controls="panel-stories">
            Stories
          </Tab>
        ) : null}
        {viewer.isProgramManager ? (
          <Tab className={styles.tab} value="program" id="tab-program" aria-controls="panel-program">
            Program
          </Tab>
        ) : null}
      </TabList>
      <div role="tabpanel" id="panel-find" aria-labelledby="tab-find" hidden={tab !== 'find'}>
        {opened ? (
          <PortsProvider ports={{ ...ports, initialRequest: opened.prefill }}>
            <FindExpertScreen key={opened.n} />
          </PortsProvider>
        ) : (
          <FindExpertScreen />
        )}
      </div>
      {tab === 'sessions' ? (
        <LazyPanel id="sessions" loading="Loading your sessions…">
          <MySessionsScreen />
        </LazyPanel>
      ) : null}
      {tab === 'office-hours' ? (
        <LazyPanel id="office-hours" loading="Loading office hours…">
          <OfficeHoursScreen />
        </LazyPanel>
      ) : null}
      {tab === 'offer' ? (
        <LazyPanel id="offer" loading="Loading your offer…">
          <MentorOfferScreen />
        </LazyPanel>
      ) : null}
      {tab === 'events' ? (
        <LazyPanel id="events" loading="Loading events…">
          <EventsScreen />
        </LazyPanel>
      ) : null}
      {tab === 'stories' && ports.stories ? (
        <LazyPanel id="stories" loading="Loading stories…">
          <StoriesScreen stories={ports.stories} />
        </LazyPanel>
      ) : null}
      {tab === 'program' && viewer.isProgramManager ? (
        <LazyPanel id="program" loading="Loading the program dashboard…">
          <DashboardScreen />
        </LazyPanel>
      ) : null}
    </div>
    </OpenRequestContext.Provider>
    </ProgramGate>
  );
}

/** A tab's panel whose screen downloads when first opened. */
function LazyPanel({ id, loading, children }: { id: Exclude<TabId, 'find'>; loading: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`}>
      <Suspense fallback={<LoadingState label={loading} />}>{children}</Suspense>
    </div>
  );
}
