// The Teams tab's ports over Microsoft Graph: composes the gateway operations (src/graph) and the
// domain's rules into what the screens ask for. Loaded after sign-in, with the Graph client.
import type { HostContext } from '../../domain/host-context';
import type { TabPorts, Viewer } from '../../ui/common/tab-ports';
import { readMailboxPlace, type MailboxPlace } from '../../graph/mailbox-settings';
import { readMentorOffer } from '../../graph/mentor-offer-store';
import type { GraphSession } from '../graph-session';
import { createBookingPort } from './booking-effects';
import { createDirectoryPort, mentorsWithRoom } from './directory-effects';
import { createMentorOfferPort } from './mentor-offer-effects';
import { createMySessionsPort } from './my-sessions-effects';
import { PROGRAM_ENV, readProgramConfig, type ProgramConfig } from './program-config';

export interface TabPortOptions {
  program?: ProgramConfig;
  now?: () => number;
  /** How gateway retries wait (tests pass one that does not sleep). */
  wait?: (ms: number) => Promise<void>;
}

export async function createTabPorts(session: GraphSession, context: HostContext, options: TabPortOptions = {}): Promise<TabPorts> {
  const { graph, me } = session;
  const program = options.program ?? readProgramConfig(PROGRAM_ENV);
  const now = options.now ?? Date.now;
  const site = { siteId: program.siteId, sessionsList: program.sessionsList };
  const mentors = { siteId: program.siteId, list: program.mentorsList };
  const id = me.id ?? context.user.id;
  const upn = (me.userPrincipalName ?? context.user.userPrincipalName).toLowerCase();

  // Two reads at start, side by side: where the viewer reads times, and whether they mentor.
  const [place, ownOffer] = await Promise.all([readMailboxPlace(graph).catch((): MailboxPlace => ({})), readMentorOffer(graph, mentors, id)]);
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
    directory: createDirectoryPort(deps),
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
  };
}

/** The zone the host's clock runs in, when Outlook has none for the viewer. */
function hostZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function hostLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';
}
