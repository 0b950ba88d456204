// What every port of the tab is built from: the Graph connection, the program's lists, the viewer
// and the clock.
import type { Viewer } from '../../ui/common/tab-ports';
import type { GraphConnection } from '../../graph/graph-client';
import type { MentorsList } from '../../graph/mentor-directory';
import type { ProgramSite } from '../../graph/sessions-store';

export interface TabDeps {
  graph: GraphConnection;
  site: ProgramSite;
  mentors: MentorsList;
  viewer: Viewer;
  now: () => number;
  wait?: (ms: number) => Promise<void>;
}

/** How far back booked sessions are read: enough to cover the current month and week in any zone. */
export const LOAD_LOOK_BACK_MS = 40 * 86_400_000;
