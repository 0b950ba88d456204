// An in-memory FlashEventsPort for screen tests: events and participants kept in arrays, planned with
// the domain's rotation, "published" by counting tables. Tests replace any method they need to fail.
import { checkFlashEvent } from '../../domain/flash-event';
import { giveRoundFeedback } from '../../domain/flash-feedback';
import { register, type FlashParticipant } from '../../domain/flash-participants';
import { planFlashEvent, replanFlashEvent } from '../../domain/flash-plan';
import type { FlashEventRecord } from '../../domain/flash-record';
import type { FlashEventView, FlashEventsPort, GroupChoice, PersonChoice } from './flash-event-ports';

export interface FakeFlashStore {
  events: FlashEventRecord[];
  participants: (FlashParticipant & { eventKey: string })[];
  directory: PersonChoice[];
  mentors: PersonChoice[];
  /** Groups by name, with their people (none unless a test gives some). */
  groups?: (GroupChoice & { members: PersonChoice[] })[];
}

export function fakeFlashEventsPort(store: FakeFlashStore = { events: [], participants: [], directory: [], mentors: [] }, me = 'viewer-1', now = () => Date.UTC(2026, 2, 2, 8, 0)): FlashEventsPort {
  const byId = (itemId: string) => {
    const event = store.events.find((e) => e.itemId === itemId);
    if (!event) throw { code: 'not-found', message: 'This event no longer exists.' };
    return event;
  };
  const view = (event: FlashEventRecord): FlashEventView => ({ event, participants: store.participants.filter((p) => p.eventKey === event.key) });
  const replace = (event: FlashEventRecord) => {
    store.events = store.events.map((e) => (e.itemId === event.itemId ? event : e));
    return event;
  };
  return {
    listMine: async () => store.events.filter((e) => e.organizerId === me),
    create: async (input, key) => {
      const check = checkFlashEvent(input, now());
      if (!check.ok) throw { code: 'invalid', message: check.errors[0]!.message };
      const existing = store.events.find((e) => e.key === key);
      if (existing) return view(existing);
      const event: FlashEventRecord = { ...check.settings, itemId: String(store.events.length + 1), key, organizerId: me, status: 'open', meetings: {} };
      store.events.push(event);
      return view(event);
    },
    open: async (itemId) => view(byId(itemId)),
    mentors: async () => store.mentors,
    searchPeople: async (text) => store.directory.filter((p) => p.name.toLowerCase().startsWith(text.trim().toLowerCase())),
    searchGroups: async (text) => (store.groups ?? []).filter((g) => g.name.toLowerCase().startsWith(text.trim().toLowerCase())).map(({ members: _m, ...g }) => g),
    groupMembers: async (groupId) => {
      const group = (store.groups ?? []).find((g) => g.id === groupId);
      if (!group) throw { code: 'not-found', message: 'This group no longer exists.' };
      return group.members;
    },
    invite: async (itemId, people, role) => {
      const event = byId(itemId);
      for (const p of people) {
        if (store.participants.some((x) => x.eventKey === event.key && x.userId === p.userId)) continue;
        store.participants.push({ eventKey: event.key, userId: p.userId, name: p.name, email: p.email, role, status: 'invited', topics: [], zone: 'UTC' });
      }
      return view(event);
    },
    drop: async (itemId, userId) => {
      const event = byId(itemId);
      store.participants = store.participants.map((p) => (p.eventKey === event.key && p.userId === userId ? { ...p, status: 'dropped' } : p));
      return view(event);
    },
    plan: async (itemId) => {
      const event = byId(itemId);
      const people = view(event).participants;
      const plan = event.plan ? replanFlashEvent(event, people, event.plan, event.key, now()) : planFlashEvent(event, people, event.key);
      return view(replace({ ...event, plan, status: event.status === 'published' ? 'published' : 'planned' }));
    },
    publish: async (itemId, onProgress) => {
      const event = byId(itemId);
      const tables = event.plan?.mentorIds.length ?? 0;
      const created = tables - Object.keys(event.meetings).length;
      onProgress({ step: 'meetings', done: created, total: created });
      const meetings = Object.fromEntries((event.plan?.mentorIds ?? []).map((id) => [id, event.meetings[id] ?? { eventId: `ev-${id}`, joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}` }]));
      return { view: view(replace({ ...event, status: 'published', meetings })), created, updated: created, cancelled: 0, tables };
    },
    myInvitations: async () =>
      store.participants.filter((p) => p.userId === me && p.status !== 'dropped').flatMap((p) => {
        const event = store.events.find((e) => e.key === p.eventKey);
        if (!event) return [];
        const names = Object.fromEntries(store.participants.filter((x) => x.eventKey === event.key).map((x) => [x.userId, x.name]));
        return [{ event, me: p, ...(event.status === 'published' ? { names } : {}) }];
      }),
    register: async (eventKey, topics) => {
      const event = store.events.find((e) => e.key === eventKey)!;
      const row = store.participants.find((p) => p.eventKey === eventKey && p.userId === me)!;
      const result = register(row, topics, event, now());
      if (!result.ok) throw { code: 'invalid', message: result.error.message };
      Object.assign(row, result.participant);
      return { event, me: row };
    },
    rateRound: async (eventKey, round, verdict) => {
      const event = store.events.find((e) => e.key === eventKey)!;
      const row = store.participants.find((p) => p.eventKey === eventKey && p.userId === me)!;
      const result = giveRoundFeedback(row, event, event.plan!, round, verdict, now());
      if (!result.ok) throw { code: 'invalid', message: result.error.message };
      Object.assign(row, result.participant);
      const names = Object.fromEntries(store.participants.filter((x) => x.eventKey === event.key).map((x) => [x.userId, x.name]));
      return { event, me: { ...row }, names };
    },
  };
}
