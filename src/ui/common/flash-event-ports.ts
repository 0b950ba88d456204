// What the Events screens (flash-mentoring events) need from the world: plain data and promises.
// The tab's host implements it over Graph (src/hosts/tab/flash-event-effects.ts); tests with fakes.
import type { FlashEventInput } from '../../domain/flash-event';
import type { FlashParticipant, FlashRole, RoundVerdict } from '../../domain/flash-participants';
import type { FlashEventRecord } from '../../domain/flash-record';

/** A person who can be invited: a mentor from the Mentors list or anyone from the directory. */
export interface PersonChoice {
  userId: string;
  name: string;
  email: string;
  detail?: string;
  /** A mentor's topics from the Mentors list. */
  topics?: string[];
}

export interface FlashEventView {
  event: FlashEventRecord;
  participants: FlashParticipant[];
}

export interface FlashInvitation {
  event: FlashEventRecord;
  me: FlashParticipant;
  /** Names of the event's people by user id, for the viewer's schedule once the event is planned. */
  names?: Record<string, string>;
}

export interface PublishProgressView {
  step: 'meetings' | 'schedules';
  done: number;
  total: number;
}

export interface PublishSummary {
  view: FlashEventView;
  created: number;
  updated: number;
  cancelled: number;
  tables: number;
}

export interface GroupChoice {
  id: string;
  name: string;
  description?: string;
}

export interface FlashEventsPort {
  /** The program manager's events, soonest first. */
  listMine(): Promise<FlashEventRecord[]>;
  /** Stores a new event once (a retry with the same key finds it). The input has passed checkFlashEvent. */
  create(input: FlashEventInput, key: string): Promise<FlashEventView>;
  open(itemId: string): Promise<FlashEventView>;
  /** Active mentors from the Mentors list. */
  mentors(): Promise<PersonChoice[]>;
  /** Anyone in the directory, by the start of their name or address. */
  searchPeople(text: string): Promise<PersonChoice[]>;
  /** Groups (a team, this month's new joiners), by the start of their name. */
  searchGroups(text: string): Promise<GroupChoice[]>;
  /** The people of a group, to invite together. */
  groupMembers(groupId: string): Promise<PersonChoice[]>;
  invite(itemId: string, people: readonly PersonChoice[], role: FlashRole): Promise<FlashEventView>;
  /** Takes a registered person off the event (a no-show); the plan is not changed until planned again. */
  drop(itemId: string, userId: string): Promise<FlashEventView>;
  /** Plans the rounds (or re-plans those not yet started) and saves the plan. */
  plan(itemId: string): Promise<FlashEventView>;
  publish(itemId: string, onProgress: (p: PublishProgressView) => void): Promise<PublishSummary>;
  /** Events the viewer is invited to. */
  myInvitations(): Promise<FlashInvitation[]>;
  register(eventKey: string, topics: readonly string[]): Promise<FlashInvitation>;
  /** A mentee's verdict on a round they sat at a table, once it has ended. */
  rateRound(eventKey: string, round: number, verdict: RoundVerdict): Promise<FlashInvitation>;
}
