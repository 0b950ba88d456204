// In-memory SessionPanelPorts for the panel's tests: one stored session record with a version that
// changes on every write, edits applied with the domain's applySessionEdits (as the gateway does),
// a clock a test moves, and switches that make a call reject with a PortError.
import type { ChatPostKind, Session } from '../../domain/session';
import { newSession } from '../../domain/session';
import { applySessionEdits, type SessionEdit } from '../../domain/session-edits';
import type {
  AttachChoice,
  ExpertChoice,
  PanelLayout,
  PanelPerson,
  PanelSession,
  PanelViewer,
  PortError,
  SessionPanelPorts,
  ThankYouDraft,
} from '../common/session-panel-ports';

/** Monday 2 March 2026, 10:00 UTC: the fake session starts at this instant. */
export const FAKE_PANEL_NOW = Date.UTC(2026, 2, 2, 10, 0);

export const FAKE_MENTEE: PanelPerson = { id: 'mentee-1', displayName: 'Ada Mentee', email: 'ada@contoso.example' };
export const FAKE_MENTOR: PanelPerson = { id: 'mentor-1', displayName: 'Grace Mentor', email: 'grace@contoso.example' };

export function fakeSession(fields: Partial<Session> = {}): Session {
  return {
    ...newSession({
      key: 'session-key-1',
      itemId: 'item-1',
      menteeId: FAKE_MENTEE.id,
      mentorId: FAKE_MENTOR.id,
      topic: 'Budget planning',
      goal: 'Build a first quarterly budget for my team',
      context: 'Our team grew from 4 to 9 people. Draft: https://contoso.example/draft',
      success: 'I leave with a template and the three numbers to ask finance for',
      format: 'one-time',
      timeBoxMinutes: 45,
      start: FAKE_PANEL_NOW,
      end: FAKE_PANEL_NOW + 45 * 60_000,
      chatId: 'chat-1',
      meetingId: 'meeting-1',
    }),
    status: 'scheduled',
    ...fields,
  };
}

export type FakeCall = 'find' | 'attach' | 'read' | 'save' | 'pin' | 'sendThankYou' | 'experts';

export interface FakeSessionPortsOptions {
  session?: Session;
  /** Who is looking: 'mentee' (default) or 'mentor', or a full viewer. */
  as?: 'mentee' | 'mentor';
  viewer?: Partial<PanelViewer>;
  layout?: PanelLayout;
  now?: number;
  /** What find() answers instead of the stored session (not-a-session, no-meeting, unusable). */
  lookup?: 'not-a-session' | 'no-meeting' | 'unusable';
  attachable?: AttachChoice[];
  unusableError?: PortError;
  previous?: Session;
  experts?: ExpertChoice[];
  stage?: boolean;
  bookNext?: boolean;
}

export interface FakeSessionPorts {
  ports: SessionPanelPorts;
  /** The record as stored now. */
  stored(): PanelSession;
  /** The other participant (or anyone) writes edits to the stored record, as their own save would. */
  remoteEdit(edits: readonly SessionEdit[], userId: string): void;
  /** Set a PortError to make every call of that kind reject with it; set undefined to heal. */
  fail: Partial<Record<FakeCall, PortError>>;
  /** What each call received, in order. */
  calls: { save: SessionEdit[][]; pin: ChatPostKind[]; sendThankYou: ThankYouDraft[]; attach: string[]; read: number; find: number; bookNext: unknown[]; share: number };
  setNow(ms: number): void;
  advance(ms: number): void;
}

export const OFFLINE: PortError = { code: 'offline', message: 'You are offline.' };

export function fakeSessionPorts(options: FakeSessionPortsOptions = {}): FakeSessionPorts {
  let clock = options.now ?? FAKE_PANEL_NOW;
  let version = 1;
  let record: Session = options.session ?? fakeSession();
  const viewerPerson = options.as === 'mentor' ? FAKE_MENTOR : FAKE_MENTEE;
  const viewer: PanelViewer = {
    id: viewerPerson.id,
    displayName: viewerPerson.displayName,
    email: viewerPerson.email ?? '',
    zone: 'Europe/London',
    locale: 'en-GB',
    ...options.viewer,
  };
  const fail: FakeSessionPorts['fail'] = {};
  const calls: FakeSessionPorts['calls'] = { save: [], pin: [], sendThankYou: [], attach: [], read: 0, find: 0, bookNext: [], share: 0 };
  let attached = options.lookup !== 'not-a-session';

  const current = (): PanelSession => ({
    session: record,
    version: `v${version}`,
    mentee: FAKE_MENTEE,
    mentor: FAKE_MENTOR,
    ...(options.previous ? { previous: options.previous } : {}),
  });
  const write = (next: Session) => {
    if (next !== record) {
      record = next;
      version += 1;
    }
  };
  // A rejected promise a turn later, as a network failure would come.
  const guard = async (call: FakeCall) => {
    await Promise.resolve();
    const error = fail[call];
    if (error) throw { ...error };
  };

  const ports: SessionPanelPorts = {
    viewer,
    now: () => clock,
    layout: options.layout ?? 'side-panel',
    sessions: {
      async find() {
        calls.find += 1;
        await guard('find');
        if (options.lookup === 'no-meeting') return { kind: 'no-meeting' };
        if (options.lookup === 'unusable') {
          return { kind: 'unusable', error: options.unusableError ?? { code: 'invalid', message: 'The session record holds a time box of 50 minutes.', field: 'TimeBoxMinutes' } };
        }
        if (!attached) return { kind: 'not-a-session', attachable: options.attachable ?? [] };
        return { kind: 'found', found: current() };
      },
      async attach(itemId) {
        calls.attach.push(itemId);
        await guard('attach');
        attached = true;
        write(applySessionEdits(record, [{ type: 'attach-meeting', chatId: 'chat-1', meetingId: 'meeting-1' }], viewer.id).session);
        return current();
      },
      async read() {
        calls.read += 1;
        await guard('read');
        return current();
      },
      async save(_current, edits) {
        await guard('save');
        calls.save.push([...edits]);
        write(applySessionEdits(record, edits, viewer.id).session);
        return current();
      },
      async pin(_current, kind) {
        calls.pin.push(kind);
        await guard('pin');
        const previous = record.chatPosts[kind];
        write({ ...record, chatPosts: { ...record.chatPosts, [kind]: { revision: (previous?.revision ?? 0) + 1, messageId: `message-${kind}`, pinned: true } } });
        return current();
      },
      async sendThankYou(_current, draft) {
        calls.sendThankYou.push(draft);
        await guard('sendThankYou');
        write(applySessionEdits(record, [{ type: 'thank-you-sent' }], viewer.id).session);
        return current();
      },
      async experts() {
        await guard('experts');
        return options.experts ?? [];
      },
    },
    ...(options.stage
      ? {
          stage: {
            share: async () => {
              calls.share += 1;
            },
          },
        }
      : {}),
    ...(options.bookNext ? { bookNext: (prefill: unknown) => void calls.bookNext.push(prefill) } : {}),
  };

  return {
    ports,
    stored: current,
    remoteEdit(edits, userId) {
      write(applySessionEdits(record, edits, userId).session);
    },
    fail,
    calls,
    setNow(ms) {
      clock = ms;
    },
    advance(ms) {
      clock += ms;
    },
  };
}
