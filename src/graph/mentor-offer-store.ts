// A mentor's own item in the program site's Mentors list: read, created on first opt-in, saved
// with If-Match. The program manager edits the same item in Microsoft Lists, so a 412 is merged
// field by field (domain rules) and only a field both changed is reported, never overwritten.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { mergeFields } from '../domain/field-merge';
import type { MentorOfferFields } from '../domain/mentor-offer';
import type { TimeBoxMinutes } from '../domain/time-box';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { filterParam, odataString } from './odata';
import { asMinutes, asStrings, type MentorsList } from './mentor-directory';

export interface StoredMentorOffer {
  itemId: string;
  offer: MentorOfferFields;
  /** The item's ETag. */
  version: string;
}

export type MentorOfferSave = { kind: 'saved'; stored: StoredMentorOffer } | { kind: 'conflict'; fields: (keyof MentorOfferFields)[]; theirs: StoredMentorOffer };

export interface MentorIdentity {
  userId: string;
  upn: string;
  displayName: string;
}

const MAX_MERGE_ROUNDS = 5;

function itemsPath(list: MentorsList): string {
  return `/sites/${encodeURIComponent(list.siteId)}/lists/${encodeURIComponent(list.list)}/items`;
}

const capOf = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

export function offerFromFields(f: Record<string, unknown>): MentorOfferFields {
  return {
    active: f.Active === true,
    topics: asStrings(f.Topics),
    bio: typeof f.Bio === 'string' ? f.Bio : '',
    sessionLengths: asStrings(f.SessionLengths).map(Number).filter((n): n is TimeBoxMinutes => n === 30 || n === 45 || n === 60),
    capacityPerWeek: capOf(f.CapacityPerWeek),
    capacityPerMonth: capOf(f.CapacityPerMonth),
    noticeMinutes: asMinutes(f.NoticeMinutes),
    bufferMinutes: asMinutes(f.BufferMinutes),
  };
}

function offerToFields(offer: MentorOfferFields): Record<string, unknown> {
  return {
    Active: offer.active,
    Topics: offer.topics,
    Bio: offer.bio,
    SessionLengths: offer.sessionLengths.map(String),
    CapacityPerWeek: offer.capacityPerWeek ?? null,
    CapacityPerMonth: offer.capacityPerMonth ?? null,
    NoticeMinutes: offer.noticeMinutes,
    BufferMinutes: offer.bufferMinutes,
  };
}

function toStored(item: { id?: string | null; eTag?: string | null; fields?: unknown }): StoredMentorOffer {
  if (!item.id || !item.fields) throw new GatewayError('unavailable', 'Microsoft 365 returned a mentor profile without its fields. Try again.');
  return { itemId: item.id, offer: offerFromFields(item.fields as Record<string, unknown>), version: item.eTag ?? '' };
}

/** The mentor's item (active or not), or undefined before they first opt in. */
export async function readMentorOffer(graph: GraphConnection, list: MentorsList, userId: string): Promise<StoredMentorOffer | undefined> {
  let page: { value: ListItem[] };
  try {
    page = (await graph.client
      .api(itemsPath(list))
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .expand('fields')
      .filter(filterParam(`fields/MentorUserId eq ${odataString(userId)}`))
      .top(1)
      .get()) as typeof page;
  } catch (error) {
    throw toGatewayError(error, 'reading your mentor profile');
  }
  return page.value[0] ? toStored(page.value[0]) : undefined;
}

/** Creates the mentor's item; if it exists already (another tab, the program manager), that one is the base to merge with. */
async function createMentorOffer(graph: GraphConnection, list: MentorsList, who: MentorIdentity, offer: MentorOfferFields): Promise<StoredMentorOffer | undefined> {
  try {
    const item = (await graph.client.api(itemsPath(list)).post({ fields: { Title: who.displayName, MentorUserId: who.userId, MentorUpn: who.upn, ...offerToFields(offer) } })) as ListItem;
    return toStored(item);
  } catch (error) {
    const failure = toGatewayError(error, 'saving your mentor profile');
    if (failure.status === 409) return undefined; // MentorUserId is unique: someone created it first
    throw failure;
  }
}

/** Writes the offer over `current` if nobody changed it since; undefined on 412. */
async function replaceOffer(graph: GraphConnection, list: MentorsList, current: StoredMentorOffer, offer: MentorOfferFields): Promise<StoredMentorOffer | undefined> {
  let saved: Record<string, unknown>;
  try {
    saved = (await graph.client.api(`${itemsPath(list)}/${encodeURIComponent(current.itemId)}/fields`).header('If-Match', current.version).patch(offerToFields(offer))) as Record<string, unknown>;
  } catch (error) {
    const failure = toGatewayError(error, 'saving your mentor profile');
    if (failure.status === 412) return undefined;
    throw failure;
  }
  return toStored({ id: current.itemId, fields: saved, eTag: String(saved['@odata.etag'] ?? '') });
}

/**
 * Saves `next`, an edit of `base` (undefined: the mentor had no item when they opened the form).
 * On a stale version the latest is read and merged field by field, a bounded number of times.
 */
export async function saveMentorOffer(
  graph: GraphConnection,
  list: MentorsList,
  who: MentorIdentity,
  base: StoredMentorOffer | undefined,
  next: MentorOfferFields,
  empty: MentorOfferFields,
): Promise<MentorOfferSave> {
  let current = base;
  let wanted = next;
  let baseOffer = base?.offer ?? empty;
  for (let round = 1; round <= MAX_MERGE_ROUNDS; round++) {
    const saved = current ? await replaceOffer(graph, list, current, wanted) : await createMentorOffer(graph, list, who, wanted);
    if (saved) return { kind: 'saved', stored: saved };
    const theirs = await readMentorOffer(graph, list, who.userId);
    if (!theirs) throw new GatewayError('not-found', 'Your mentor profile was removed while you edited it. Reload and save again.');
    const merged = mergeFields(baseOffer, wanted, theirs.offer);
    if (merged.kind === 'conflict') return { kind: 'conflict', fields: merged.fields, theirs };
    baseOffer = theirs.offer;
    current = theirs;
    wanted = merged.value;
  }
  throw new GatewayError('conflict', 'Your mentor profile keeps changing while we save it. Reload it and try again.', 412);
}
