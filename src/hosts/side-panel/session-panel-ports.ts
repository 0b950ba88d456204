// The meeting surfaces' ports over Microsoft Graph: composes the gateway operations (src/graph) and
// the domain's rules into what the side panel asks for. Loaded after sign-in, with the Graph client.
import type { User } from '@microsoft/microsoft-graph-types';
import type { HostContext } from '../../domain/host-context';
import { contentDigest, pinRevision } from '../../domain/chat-post-claims';
import { cardChatMessage, renderPrepChecklistCard, renderSummaryCard } from '../../domain/render-adaptive-card';
import { THANK_YOU_BODY_MAX, renderThankYouMail } from '../../domain/render-thank-you';
import { normalizeLine } from '../../domain/precise-request';
import type { ChatPostKind, Session } from '../../domain/session';
import { roleIn } from '../../domain/session-edits';
import { topicFit } from '../../domain/topics';
import { postAndPinOnce } from '../../graph/chat-post-claim';
import { GatewayError } from '../../graph/gateway-error';
import type { GraphConnection } from '../../graph/graph-client';
import { readMailboxPlace, type MailboxPlace } from '../../graph/mailbox-settings';
import type { Me } from '../../graph/me';
import { linkByMeetingChat, readMeetingOfChat } from '../../graph/compose-session';
import { findFlashTable } from '../../graph/flash-table-lookup';
import { findSessionByChatId, previousInSequence, saveSessionEdits, sessionsWithoutMeeting } from '../../graph/meeting-sessions';
import { listMentors, type MentorsList } from '../../graph/mentor-directory';
import { readSession, replaceIfUnchanged, type ProgramSite, type StoredSession } from '../../graph/sessions-store';
import { withdrawStory } from '../../graph/story-store';
import { sendThankYou } from '../../graph/thank-you-mail';
import { lookUpUsers } from '../../graph/user-lookup';
import { toPortError } from '../../ui/common/error-state';
import type { AttachChoice, ExpertChoice, PanelLayout, PanelLookup, PanelPerson, PanelSession, PanelViewer, SessionPanelPorts, StagePort, ThankYouDraft } from '../../ui/common/session-panel-ports';
import { hostLocale, hostZone } from '../host-place';
import { PROGRAM_ENV, readProgramConfig, type ProgramConfig } from '../tab/program-config';
import { withPortErrors } from '../port-errors';

export interface SessionPanelOptions {
  layout: PanelLayout;
  stage?: StagePort;
  program?: ProgramConfig;
  /** The device clock; Microsoft 365's offset (graph.clockOffsetMs) is added to it. */
  localNow?: () => number;
  wait?: (ms: number) => Promise<void>;
  bookNext?: SessionPanelPorts['bookNext'];
}

/** The Graph connection, and who is signed in (/me may still be on its way). */
export interface PanelGraphSession {
  graph: GraphConnection;
  me: Me | Promise<Me>;
}

/** What a thank-you note may hold: subjects are one line; the body a few paragraphs. */
export const THANK_YOU_SUBJECT_MAX = 200;
/** Mentors offered for a referral: the directory's first page, best fit first. */
const EXPERTS_PAGE = 50;
const EXPERTS_SHOWN = 10;

export async function createSessionPanelPorts(session: PanelGraphSession, context: HostContext, options: SessionPanelOptions): Promise<SessionPanelPorts> {
  const { graph } = session;
  const program = options.program ?? readProgramConfig(PROGRAM_ENV);
  const site: ProgramSite = { siteId: program.siteId, sessionsList: program.sessionsList };
  const mentors: MentorsList = { siteId: program.siteId, list: program.mentorsList };
  const flashLists = { siteId: program.siteId, eventsList: program.flashEventsList, participantsList: program.flashParticipantsList };
  const localNow = options.localNow ?? Date.now;
  // Both devices count the time box from Microsoft 365's clock, not their own.
  const now = () => localNow() + (graph.clockOffsetMs?.() ?? 0);
  const placeRead = readMailboxPlace(graph).catch((): MailboxPlace => ({}));
  const me = await session.me;
  const place = await placeRead;
  const viewer: PanelViewer = {
    id: me.id ?? context.user.id,
    displayName: me.displayName ?? context.user.displayName,
    email: (me.mail ?? me.userPrincipalName ?? context.user.userPrincipalName).toLowerCase(),
    zone: place.zone ?? hostZone(),
    locale: place.locale ?? hostLocale(),
  };
  const readerPlace = { zone: viewer.zone, locale: viewer.locale };
  /** The mentor of the session last found, so a referral never suggests them. */
  let sessionMentorId: string | undefined;

  const people = new Map<string, PanelPerson>();
  async function personsOf(s: Session): Promise<{ mentee: PanelPerson; mentor: PanelPerson }> {
    const missing = [s.menteeId, s.mentorId].filter((id) => !people.has(id));
    if (missing.length > 0) {
      const found = await lookUpUsers(graph, missing);
      for (const id of missing) people.set(id, personOf(id, found.get(id)));
    }
    return { mentee: people.get(s.menteeId)!, mentor: people.get(s.mentorId)! };
  }

  async function toPanel(stored: StoredSession, known?: PanelSession): Promise<PanelSession> {
    sessionMentorId = stored.session.mentorId;
    const samePeople = known && known.session.menteeId === stored.session.menteeId && known.session.mentorId === stored.session.mentorId;
    const names = samePeople ? { mentee: known.mentee, mentor: known.mentor } : await personsOf(stored.session);
    const previous = known?.session.key === stored.session.key ? known.previous : await previousInSequence(graph, site, stored.session).catch(() => undefined);
    return { session: stored.session, version: stored.etag, ...names, ...(previous ? { previous } : {}) };
  }

  const storedOf = (current: PanelSession): StoredSession => ({ session: current.session, etag: current.version });

  /** Rejections are PortErrors (code, sentence, field) whatever threw. */
  const port = withPortErrors;

  async function attachable(): Promise<AttachChoice[]> {
    const open = await sessionsWithoutMeeting(graph, site, viewer.id, now());
    const others = open.map((s) => (s.session.menteeId === viewer.id ? s.session.mentorId : s.session.menteeId));
    const found = await lookUpUsers(graph, others);
    return open.map(({ session: s }, i) => ({
      itemId: s.itemId!,
      topic: s.topic,
      goal: s.goal,
      start: s.start,
      end: s.end,
      withName: found.get(others[i]!)?.displayName ?? 'someone who left the organisation',
    }));
  }

  async function find(): Promise<PanelLookup> {
    const chatId = context.chatId;
    if (!chatId) return { kind: 'no-meeting' };
    let stored: StoredSession | undefined;
    try {
      stored = await findSessionByChatId(graph, site, chatId);
    } catch (error) {
      // A record edited by hand into something the app cannot use: the panel names the field.
      if (error instanceof GatewayError && error.code === 'invalid') return { kind: 'unusable', error: toPortError(error) };
      throw error;
    }
    if (!stored) {
      // What the chat says of its meeting answers the two other kinds of meeting. A failure here only
      // costs those: the attach list below still offers the viewer's sessions.
      const meeting = await readMeetingOfChat(graph, chatId).catch(() => undefined);
      // A meeting written in Outlook with the pane: its draft is found by the chat's calendar event and linked now.
      stored = meeting ? await linkByMeetingChat(graph, site, chatId, meeting).catch(() => undefined) : undefined;
      // A flash event's table meeting.
      const table = !stored && meeting?.joinUrl ? await findFlashTable(graph, flashLists, viewer.id, meeting.joinUrl).catch(() => undefined) : undefined;
      if (table) return { kind: 'flash-table', table: table.table, organizer: table.organizer };
    }
    if (!stored) return { kind: 'not-a-session', attachable: await attachable() };
    return { kind: 'found', found: await toPanel(stored) };
  }

  async function attach(itemId: string): Promise<PanelSession> {
    const chatId = context.chatId;
    if (!chatId) throw new GatewayError('invalid', 'Open this in a Teams meeting to attach a session to it.');
    const stored = await readSession(graph, site, itemId);
    if (!roleIn(stored.session, viewer.id)) throw new GatewayError('forbidden', 'Only the mentor or the mentee of a session can attach it to a meeting.');
    if (stored.session.chatId && stored.session.chatId !== chatId) {
      throw new GatewayError('conflict', 'That session was attached to another meeting meanwhile. Pick another, or open that meeting.');
    }
    const edit = { type: 'attach-meeting' as const, chatId, ...(context.meetingId ? { meetingId: context.meetingId } : {}) };
    const saved = await saveSessionEdits(graph, site, stored, [edit], viewer.id);
    return toPanel(saved.stored);
  }

  // One claim holder for this panel: Retry after a failed pin takes up its own claim at once (and
  // finds the message it may have posted) instead of waiting a minute for it to expire.
  const holder = globalThis.crypto.randomUUID();
  // A second click while a pin of the same kind is under way joins it (same holder, so it must not race).
  const pinning = new Map<ChatPostKind, Promise<PanelSession>>();
  function pinOnce(current: PanelSession, kind: ChatPostKind): Promise<PanelSession> {
    const running = pinning.get(kind);
    if (running) return running;
    const started = pin(current, kind).finally(() => pinning.delete(kind));
    pinning.set(kind, started);
    return started;
  }

  async function pin(current: PanelSession, kind: ChatPostKind): Promise<PanelSession> {
    // The latest record: the pin shows what both people see now, not this tab's copy.
    const latest = await readSession(graph, site, current.session.itemId!);
    const s = latest.session;
    const { data, message } = kind === 'checklist' ? checklistPost(s) : summaryPost(s, readerPlace);
    const digest = contentDigest(data);
    const revision = pinRevision(s.chatPosts[kind], digest);
    const posted = await postAndPinOnce(graph, site, latest, { kind, revision, message }, { now, wait: options.wait, digest, holder });
    return toPanel(posted.stored, current);
  }

  async function sendThankYouOnce(current: PanelSession, draft: ThankYouDraft): Promise<PanelSession> {
    const itemId = current.session.itemId!;
    if (roleIn(current.session, viewer.id) !== 'mentee') throw new GatewayError('forbidden', 'The mentee sends the thank-you note.');
    const body = draft.body.trim();
    if (body.length > THANK_YOU_BODY_MAX) throw new GatewayError('invalid', `Keep the note under ${THANK_YOU_BODY_MAX} characters.`, undefined, undefined, undefined, 'body');
    const subject = normalizeLine(draft.subject).slice(0, THANK_YOU_SUBJECT_MAX);
    const mentor = current.mentor;
    if (!mentor.email) throw new GatewayError('not-found', `${mentor.displayName} has no mailbox Micromentor can write to.`);

    // Recorded before the mail is sent, with If-Match: of any number of clicks and retries (two
    // tabs, a retry after a lost answer) only the one whose write lands sends, so the mentor never
    // gets two notes. Sent-then-record could send twice after a lost answer; the cost of this order
    // is the reverse (recorded, not sent) and is undone below whenever the mail surely did not go.
    let stored = await readSession(graph, site, itemId);
    for (let round = 1; ; round++) {
      if (stored.session.thankYouSent) return toPanel(stored, current);
      const claimed = await replaceIfUnchanged(graph, site, stored, { ...stored.session, thankYouSent: true });
      if (claimed) {
        stored = claimed;
        break;
      }
      if (round >= 12) throw new GatewayError('conflict', 'This session kept changing while the note was being sent. Try again.', 412);
      stored = await readSession(graph, site, itemId);
    }
    const s = stored.session;
    const mail = renderThankYouMail({
      mentorName: mentor.displayName,
      menteeName: viewer.displayName,
      message: body,
      summary: summaryOf(s),
      place: readerPlace,
    });
    try {
      await sendThankYou(graph, { to: { email: mentor.email, name: mentor.displayName }, subject: subject || mail.subject, bodyHtml: mail.bodyHtml });
    } catch (error) {
      if (error instanceof GatewayError && surelyNotSent(error)) await unrecordThankYou(graph, site, stored).catch(() => undefined);
      throw error;
    }
    return toPanel(stored, current);
  }

  async function experts(topic: string): Promise<ExpertChoice[]> {
    const page = await listMentors(graph, mentors, { pageSize: EXPERTS_PAGE });
    return page.mentors
      .filter((m) => m.active && m.userId !== sessionMentorId && m.userId !== viewer.id)
      .map((m) => ({ m, fit: topicFit(topic, '', m.topics).score }))
      .sort((a, b) => b.fit - a.fit || a.m.displayName.localeCompare(b.m.displayName))
      .slice(0, EXPERTS_SHOWN)
      .map(({ m }) => ({ id: m.userId, displayName: m.displayName, email: m.email, topics: m.topics, ...(m.department ? { department: m.department } : {}) }));
  }

  return {
    viewer,
    now,
    layout: options.layout,
    ...(options.stage ? { stage: options.stage } : {}),
    ...(options.bookNext ? { bookNext: options.bookNext } : {}),
    sessions: {
      find: port(find),
      attach: port(attach),
      read: port(async (current: PanelSession) => toPanel(await readSession(graph, site, current.session.itemId!), current)),
      save: port(async (current: PanelSession, edits) => {
        const saved = (await saveSessionEdits(graph, site, storedOf(current), edits, viewer.id)).stored;
        // Consent withdrawn: the story is unpublished and its words erased now. Should this fail, every
        // read of the stories still leaves it out (story-store.ts), so it is not retried here.
        if (edits.some((e) => e.type === 'share-story' && !e.consent) && !saved.session.shareStory) {
          await withdrawStory(graph, { siteId: program.siteId, list: program.storiesList }, saved.session.key).catch(() => undefined);
        }
        return toPanel(saved, current);
      }),
      pin: port(pinOnce),
      sendThankYou: port(sendThankYouOnce),
      experts: port(experts),
    },
  };
}

function personOf(id: string, user: User | undefined): PanelPerson {
  const email = user?.mail ?? user?.userPrincipalName ?? undefined;
  return { id, displayName: user?.displayName ?? 'Someone who left the organisation', ...(email ? { email: email.toLowerCase() } : {}) };
}

/** The checklist message: both checklists as ticked now, with the topic and the goal. */
function checklistPost(s: Session) {
  const done = Object.fromEntries(Object.entries(s.checklists.items).map(([id, item]) => [id, item.done]));
  const data = { topic: s.topic, goal: s.goal, done };
  return { data, message: cardChatMessage(renderPrepChecklistCard(done, { topic: s.topic, goal: s.goal }), 'checklist') };
}

function summaryOf(s: Session) {
  return {
    goal: s.goal,
    topic: s.topic,
    heldAt: s.timeBox?.startedAt ?? s.start,
    ...(s.result ? { result: s.result } : {}),
    actions: s.agreedActions,
    ...(s.followUp ? { resource: s.followUp } : {}),
    ...(s.referral ? { nextExpert: { name: s.referral.displayName } } : {}),
  };
}

/** The summary message; its digest is of the data, so readers in other zones ask for the same revision. */
function summaryPost(s: Session, place: { zone: string; locale: string }) {
  const summary = summaryOf(s);
  return { data: summary, message: cardChatMessage(renderSummaryCard(summary, place), 'summary') };
}

/** Failures where Graph refused the mail before sending it; anything else may have gone out. */
function surelyNotSent(error: GatewayError): boolean {
  return error.code === 'throttled' || error.code === 'forbidden' || error.code === 'invalid' || error.code === 'not-found';
}

/** Takes back the "sent" record of a note that surely did not go, so Send works again. */
async function unrecordThankYou(graph: GraphConnection, site: ProgramSite, claimed: StoredSession): Promise<void> {
  let current = claimed;
  for (let round = 0; round < 12 && current.session.thankYouSent; round++) {
    if (await replaceIfUnchanged(graph, site, current, { ...current.session, thankYouSent: false })) return;
    current = await readSession(graph, site, current.session.itemId!);
  }
}
