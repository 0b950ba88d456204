// Flash-mentoring events over Graph: the program manager's events and invitations in the program
// site's lists, planning with the domain's rotation (re-planning only rounds not yet started), and
// publishing the table meetings. Domain refusals become the gateway's 'invalid' errors with their sentence.
import { checkFlashEvent, type FlashEventInput } from '../../domain/flash-event';
import { register, type FlashParticipant, type FlashRole } from '../../domain/flash-participants';
import { giveRoundFeedback } from '../../domain/flash-feedback';
import { FlashPlanError, planFlashEvent, replanFlashEvent } from '../../domain/flash-plan';
import type { FlashEventRecord } from '../../domain/flash-record';
import type { FlashEventView, FlashEventsPort, FlashInvitation, PersonChoice } from '../../ui/common/flash-event-ports';
import {
  createFlashEvent,
  findFlashEventByKey,
  inviteParticipants,
  listFlashEventsOf,
  listInvitationsOf,
  listParticipants,
  readFlashEvent,
  saveFlashEvent,
  saveParticipant,
  type FlashLists,
  type StoredFlashEvent,
} from '../../graph/flash-event-store';
import { publishFlashEvent } from '../../graph/flash-publish';
import { GatewayError } from '../../graph/gateway-error';
import { listMentors } from '../../graph/mentor-directory';
import { groupMembers, searchGroups } from '../../graph/groups';
import { searchPeople, type FoundPerson } from '../../graph/people-search';
import type { TabDeps } from './tab-deps';

const MAX_SAVE_ROUNDS = 5;

const personChoice = (p: FoundPerson) => ({ userId: p.id, name: p.displayName, email: p.email, detail: [p.jobTitle, p.department].filter(Boolean).join(', ') });

/** `names`: the FlashEvents and FlashParticipants lists' names or ids (the program config's). */
export function createFlashEventsPort(deps: TabDeps, names: Omit<FlashLists, 'siteId'>): FlashEventsPort {
  const lists: FlashLists = { siteId: deps.site.siteId, ...names };
  const { graph, viewer } = deps;

  const view = async (stored: StoredFlashEvent): Promise<FlashEventView> => ({
    event: stored.event,
    participants: (await listParticipants(graph, lists, stored.event.key)).map((r) => r.participant),
  });

  /** Once published, the schedule names the tables: the event's people are read for their names. */
  const invitation = async (event: FlashEventRecord, me: FlashParticipant): Promise<FlashInvitation> => {
    if (event.status !== 'published') return { event, me };
    const names = Object.fromEntries((await listParticipants(graph, lists, event.key)).map((r) => [r.participant.userId, r.participant.name]));
    return { event, me, names };
  };

  /** Applies `change` to the latest copy of the event, again on a 412. */
  const change = async (itemId: string, edit: (event: FlashEventRecord, people: FlashParticipant[]) => FlashEventRecord): Promise<FlashEventView> => {
    for (let round = 0; round < MAX_SAVE_ROUNDS; round++) {
      const stored = await readFlashEvent(graph, lists, itemId);
      const people = (await listParticipants(graph, lists, stored.event.key)).map((r) => r.participant);
      let next: FlashEventRecord;
      try {
        next = edit(stored.event, people);
      } catch (error) {
        if (error instanceof FlashPlanError) throw new GatewayError('invalid', error.message);
        throw error;
      }
      const saved = await saveFlashEvent(graph, lists, stored, next);
      if (saved) return { event: saved.event, participants: people };
    }
    throw new GatewayError('conflict', 'This event keeps changing while we save it. Reload it and try again.', 412);
  };

  return {
    async listMine() {
      return (await listFlashEventsOf(graph, lists, viewer.id)).map((s) => s.event);
    },
    async create(input: FlashEventInput, key: string) {
      const check = checkFlashEvent(input, deps.now());
      if (!check.ok) throw new GatewayError('invalid', check.errors.map((e) => e.message).join(' '), undefined, undefined, undefined, check.errors[0]?.field);
      const record: FlashEventRecord = { ...check.settings, itemId: '', key, organizerId: viewer.id, status: 'open', meetings: {} };
      return view(await createFlashEvent(graph, lists, record));
    },
    async open(itemId) {
      return view(await readFlashEvent(graph, lists, itemId));
    },
    async mentors() {
      const out: PersonChoice[] = [];
      let next: string | undefined;
      for (let page = 0; page < 10; page++) {
        const result = await listMentors(graph, deps.mentors, { pageSize: 100, next });
        for (const m of result.mentors) {
          if (m.active) out.push({ userId: m.userId, name: m.displayName, email: m.email, detail: [m.jobTitle, m.department].filter(Boolean).join(', '), topics: m.topics });
        }
        next = result.next;
        if (!next) break;
      }
      return out.sort((a, b) => a.name.localeCompare(b.name));
    },
    async searchPeople(text) {
      return (await searchPeople(graph, text)).map(personChoice);
    },
    async searchGroups(text) {
      return (await searchGroups(graph, text)).map((g) => ({ id: g.id, name: g.displayName, ...(g.description ? { description: g.description } : {}) }));
    },
    async groupMembers(groupId) {
      return (await groupMembers(graph, groupId)).map(personChoice);
    },
    async invite(itemId, people, role: FlashRole) {
      const stored = await readFlashEvent(graph, lists, itemId);
      const invited = people.map(
        (p): FlashParticipant => ({
          userId: p.userId,
          name: p.name,
          email: p.email,
          role,
          status: 'invited',
          // A mentor's topics from their offer that the event has, for them to confirm.
          topics: role === 'mentor' ? stored.event.topics.filter((t) => (p.topics ?? []).some((m) => m.toLowerCase() === t.toLowerCase())) : [],
          zone: 'UTC',
        }),
      );
      await inviteParticipants(graph, lists, stored.event.key, invited);
      return view(stored);
    },
    async drop(itemId, userId) {
      const stored = await readFlashEvent(graph, lists, itemId);
      const row = (await listParticipants(graph, lists, stored.event.key)).find((r) => r.participant.userId === userId);
      if (!row) throw new GatewayError('not-found', 'This person is not on the event.');
      const saved = await saveParticipant(graph, lists, row, { ...row.participant, status: 'dropped' });
      if (!saved) throw new GatewayError('conflict', 'This person just changed their registration. Reload the event and try again.', 412);
      return view(stored);
    },
    async plan(itemId) {
      return change(itemId, (event, people) => {
        const plan = event.plan ? replanFlashEvent(event, people, event.plan, event.key, deps.now()) : planFlashEvent(event, people, event.key);
        return { ...event, plan, status: event.status === 'published' ? 'published' : 'planned' };
      });
    },
    async publish(itemId, onProgress) {
      const outcome = await publishFlashEvent(graph, lists, itemId, { locale: viewer.locale, onProgress, wait: deps.wait });
      return { view: await view(outcome.event), created: outcome.created, updated: outcome.updated, cancelled: outcome.cancelled, tables: outcome.tables };
    },
    async myInvitations() {
      const rows = (await listInvitationsOf(graph, lists, viewer.id)).filter((r) => r.participant.status !== 'dropped');
      const out: FlashInvitation[] = [];
      for (const row of rows) {
        const event = await findFlashEventByKey(graph, lists, row.eventKey);
        if (!event || event.event.status === 'cancelled' || event.event.start + 6 * 3_600_000 <= deps.now()) continue;
        out.push(await invitation(event.event, row.participant));
      }
      return out.sort((a, b) => a.event.start - b.event.start);
    },
    async register(eventKey, topics) {
      const event = await findFlashEventByKey(graph, lists, eventKey);
      if (!event) throw new GatewayError('not-found', 'This event no longer exists.');
      const row = (await listInvitationsOf(graph, lists, viewer.id)).find((r) => r.eventKey === eventKey);
      if (!row) throw new GatewayError('not-found', 'You are not invited to this event.');
      const result = register({ ...row.participant, zone: viewer.zone }, topics, event.event, deps.now());
      if (!result.ok) throw new GatewayError('invalid', result.error.message);
      const saved = await saveParticipant(graph, lists, row, result.participant);
      if (!saved) throw new GatewayError('conflict', 'Your registration changed meanwhile (another tab?). Reload and try again.', 412);
      return { event: event.event, me: saved.participant };
    },
    async rateRound(eventKey, round, verdict) {
      const event = await findFlashEventByKey(graph, lists, eventKey);
      if (!event?.event.plan) throw new GatewayError('not-found', 'This event has no rounds to rate.');
      // Another tab may save a verdict meanwhile: re-read on a 412 and apply ours again.
      for (let attempt = 0; attempt < MAX_SAVE_ROUNDS; attempt++) {
        const row = (await listInvitationsOf(graph, lists, viewer.id)).find((r) => r.eventKey === eventKey);
        if (!row) throw new GatewayError('not-found', 'You are not invited to this event.');
        const result = giveRoundFeedback(row.participant, event.event, event.event.plan, round, verdict, deps.now());
        if (!result.ok) throw new GatewayError('invalid', result.error.message);
        const saved = await saveParticipant(graph, lists, row, result.participant);
        if (saved) return invitation(event.event, saved.participant);
      }
      throw new GatewayError('conflict', 'Your answers keep changing in another tab. Reload and try again.', 412);
    },
  };
}
