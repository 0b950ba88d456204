// What the program dashboard needs from the world: the program's data read once (with progress),
// and starting a pilot. The tab's host implements it over Graph (src/hosts/tab/dashboard-effects.ts);
// tests with fakes (fake-dashboard-port.ts). People for a pilot are picked through the Events port's
// people and group search (the same picker).
import type { DashboardData, StoredPilot } from '../../domain/dashboard-figures';
import type { Pilot, PilotField } from '../../domain/pilot';

/** How far the read is: the step under way and, for pages, how many are in. */
export interface DashboardProgress {
  step: 'sessions' | 'searches' | 'mentors' | 'calendars' | 'people' | 'pilots' | 'flash';
  label: string;
}

export type StartPilotResult = { kind: 'started'; pilot: StoredPilot } | { kind: 'invalid'; field: PilotField; message: string };

export interface DashboardPort {
  /** Everything the numbers come from; `onProgress` hears each step as it starts. */
  load(onProgress: (progress: DashboardProgress) => void): Promise<DashboardData>;
  /** Stores a pilot once under `key` (made once per form, so a retry never makes two). */
  startPilot(pilot: Pilot, key: string): Promise<StartPilotResult>;
}
