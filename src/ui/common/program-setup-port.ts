// What the program set-up screens need: whether the program site is ready, what set-up would do,
// set-up itself with progress per list, and who to ask. Composed in src/hosts/tab/program-setup-effects.ts.
import type { SiteState } from '../../domain/program-site-check';

export interface SetupView {
  /** The program site, as people know it (its Graph id too, for a site entered by address). */
  site: { id: string; name: string; url?: string };
  state: SiteState;
  /** Lists set-up will create, with how many columns each. */
  toCreate: { list: string; columns: number }[];
  /** Lists set-up will add columns to, index, or give missing choice values. */
  toUpgrade: { list: string; add: string[]; index: string[]; choices: string[] }[];
  /** Every difference from what the app needs, in words (what set-up does, or what a person must do). */
  differences: string[];
  /** The differences set-up leaves to a person. */
  leftAlone: string[];
}

export type ListStep = { list: string; state: 'working' | 'done' } | { list: string; state: 'failed'; message: string };

/** A failure a person can act on: what happened and what to do, and whether it is about permission. */
export interface SetupFailure {
  kind: 'permission' | 'other';
  message: string;
}

export interface ProgramSetupPort {
  /** Cheap, at start: is the site ready, not set up, older or newer than the app. */
  status(): Promise<SiteState>;
  /** Reads everything and compares it with what the app needs ("Check the program site"); the configured site unless given another's id. */
  check(siteId?: string): Promise<SetupView>;
  /** Asks for the permission to manage the site (only now), then sets up; the site as it is afterwards. Rejects with a SetupFailure. */
  setUp(onStep: (step: ListStep) => void, siteId?: string): Promise<SetupView>;
  /** Another site by its address; rejects with an Error whose message says what to enter. */
  findSite(address: string): Promise<{ id: string; name: string; url: string }>;
  /** The site the app was built with (MICROMENTOR_PROGRAM_SITE_ID). */
  configuredSiteId: string;
  /** Who can set the program up: the program managers' addresses. */
  managers: readonly string[];
}
