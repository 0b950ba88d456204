// The Teams tab's ports over Microsoft Graph: composes the gateway operations (src/graph) and the
// domain's rules into what the screens ask for. Loaded after sign-in, with the Graph client.
import type { HostContext } from '../../domain/host-context';
import type { TabPorts, Viewer } from '../../ui/common/tab-ports';
import { readMailboxPlace, type MailboxPlace } from '../../graph/mailbox-settings';
import { readMentorOffer } from '../../graph/mentor-offer-store';
import type { GraphConnection } from '../../graph/graph-client';
import type { Me } from '../../graph/me';
import { hostLocale, hostZone } from '../host-place';
import { createBookingPort } from './booking-effects';
import { createDashboardPort } from './dashboard-effects';
import { createDirectoryPort, mentorsWithRoom } from './directory-effects';
import { createFlashEventsPort } from './flash-event-effects';
import { warmUpDirectory, type FirstCardsMemory } from './directory-warm-up';
import { firstCardsMemory } from './first-cards-memory';
import { createMentorOfferPort } from './mentor-offer-effects';
import { createMySessionsPort } from './my-sessions-effects';
import { createOfficeHoursPort } from './office-hours-effects';
import { PROGRAM_ENV, readProgramConfig, type ProgramConfig } from './program-config';
import { createStoriesPort } from './story-effects';
import { connectToManageSite } from '../site-manage-session';
import { createProgramSetupPort } from './program-setup-effects';

export interface TabPortOptions {
  program?: ProgramConfig;
  now?: () => number;
  /** How gateway retries wait (tests pass one that does not sleep). */
  wait?: (ms: number) => Promise<void>;
  /** Ask for the directory's first page and calendars at once, beside /me (the tab does; tests that count reads do not). */
  warmUp?: boolean;
  /** Where the warm-up keeps the first cards between visits (the browser's local storage unless given). */
  firstCards?: FirstCardsMemory;
}

/** The Graph connection, and who is signed in (the tab passes /me while it is still on its way). */
export interface TabSession {
  graph: GraphConnection;
  me: Me | Promise<Me>;
}

export async function createTabPorts(session: TabSession, context: HostContext, options: TabPortOptions = {}): Promise<TabPorts> {
  const { graph } = session;
  const program = options.program ?? readProgramConfig(PROGRAM_ENV);
  const now = options.now ?? Date.now;
  const site = { siteId: program.siteId, sessionsList: program.sessionsList };
  const mentors = { siteId: program.siteId, list: program.mentorsList };
  // The reads at start go side by side with /me: where the viewer reads times, and whether they mentor
  // (asked with the host's id for the viewer, again with /me's if that differs).
  const placeRead = readMailboxPlace(graph).catch((): MailboxPlace => ({}));
  const guessedId = context.user.id;
  // Before set-up the site has no Mentors list: nobody mentors yet, and the tab says the program is not set up.
  const readOffer = (userId: string) => readMentorOffer(graph, mentors, userId).catch((error: unknown) => {
    if ((error as { code?: string }).code === 'not-found') return undefined;
    throw error;
  });
  const guessedOffer = guessedId ? readOffer(guessedId) : undefined;
  guessedOffer?.catch(() => undefined);
  // Asked for after the reads above: the browser sends a few requests at a time, in the order asked,
  // and the screens wait for those first.
  const viewerKey = context.user.userPrincipalName || context.user.id;
  const warmUp = options.warmUp
    ? warmUpDirectory({ graph, mentors, site, viewerEmail: context.user.userPrincipalName || undefined, now, memory: options.firstCards ?? firstCardsMemory(viewerKey) })
    : undefined;

  const me = await session.me;
  const id = me.id ?? context.user.id;
  const upn = (me.userPrincipalName ?? context.user.userPrincipalName).toLowerCase();
  const [place, ownOffer] = await Promise.all([placeRead, guessedOffer && id === guessedId ? guessedOffer : readOffer(id)]);
  const viewer: Viewer = {
    id,
    displayName: me.displayName ?? context.user.displayName,
    email: (me.mail ?? upn).toLowerCase(),
    department: me.department ?? undefined,
    zone: place.zone ?? hostZone(),
    locale: place.locale ?? hostLocale(),
    isMentor: ownOffer !== undefined,
    isProgramManager: program.programManagers.includes(upn),
  };
  const deps = { graph, site, mentors, viewer, now, wait: options.wait };

  return {
    viewer,
    now,
    directory: createDirectoryPort(deps, warmUp, { siteId: program.siteId, list: program.searchesList }),
    booking: createBookingPort({
      graph,
      site,
      me: { id: viewer.id, displayName: viewer.displayName, email: viewer.email },
      zone: viewer.zone,
      locale: viewer.locale,
      now,
      wait: options.wait,
      alternatives: (topic, exceptMentorId) => mentorsWithRoom(deps, topic, exceptMentorId),
    }),
    mySessions: createMySessionsPort(deps),
    mentorOffer: createMentorOfferPort(deps, ownOffer),
    officeHours: createOfficeHoursPort(deps, { sheetsList: program.signupSheetsList, claimsList: program.signupClaimsList }),
    flashEvents: createFlashEventsPort(deps, { eventsList: program.flashEventsList, participantsList: program.flashParticipantsList }),
    stories: createStoriesPort(deps, { storiesList: program.storiesList }),
    programSetup: createProgramSetupPort({ graph, siteId: program.siteId, managers: program.programManagers, connectManage: () => connectToManageSite(context) }),
    dashboard: createDashboardPort(deps, { pilotsList: program.pilotsList, searchesList: program.searchesList, flash: { eventsList: program.flashEventsList, participantsList: program.flashParticipantsList } }),
  };
}
