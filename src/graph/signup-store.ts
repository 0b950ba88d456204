// Sign-up sheets and their claims in the program site's SignupSheets and SignupClaims lists.
// One claim per slot and one live claim per sheet and mentee are decided by SharePoint: the
// ClaimKey and MenteeKey columns enforce unique values, so of any number of people claiming a slot
// at once the store lets one through and refuses the others (409), who then join the waitlist.
// Nothing is checked first and written after. State changes carry If-Match: undefined means
// someone changed the item first, and the caller reads again.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { SlotClaim } from '../domain/signup-claims';
import type { SignupSheet } from '../domain/signup-sheet';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { filterParam, odataString } from './odata';
import { changedClaimFields, claimToFields, fieldsToClaim, fieldsToSheet, sheetToFields, type ListFields } from './signup-fields';

export interface SignupLists {
  siteId: string;
  /** The SignupSheets list's id or name. */
  sheetsList: string;
  claimsList: string;
}

export interface Stored<T> {
  value: T;
  etag: string;
}

type Wait = (ms: number) => Promise<void>;
const sleep: Wait = (ms) => new Promise((r) => setTimeout(r, ms));
const MAX_CREATE_TRIES = 3;
/** A sheet holds at most 24 slots and a waitlist each; one page of this size reads any sheet's claims. */
const CLAIMS_PAGE = 999;
const SHEETS_PAGE = 200;

const path = (lists: SignupLists, list: string) => `/sites/${encodeURIComponent(lists.siteId)}/lists/${encodeURIComponent(list)}/items`;
const isTransient = (e: GatewayError) => e.code === 'throttled' || e.code === 'unavailable' || e.code === 'offline';

/** SharePoint's refusal of a repeated value in a unique column (sessions-store.ts explains the 409). */
function isDuplicate(error: unknown, failure: GatewayError): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return failure.status === 409 || (typeof message === 'string' && /duplicate values were found/i.test(message));
}

function itemOf(item: ListItem, what: string): { id: string; fields: Record<string, unknown>; etag: string } {
  if (!item.id || !item.fields) throw new GatewayError('unavailable', `Microsoft 365 returned ${what} without its fields. Try again.`);
  return { id: checkId('session item id', item.id), fields: item.fields as Record<string, unknown>, etag: item.eTag ?? String((item.fields as Record<string, unknown>)['@odata.etag'] ?? '') };
}

const storedSheet = (item: ListItem): Stored<SignupSheet> => {
  const i = itemOf(item, 'a sign-up sheet');
  return { value: fieldsToSheet(i.id, i.fields), etag: i.etag };
};
const storedClaim = (item: ListItem): Stored<SlotClaim> => {
  const i = itemOf(item, 'a claim');
  return { value: fieldsToClaim(i.id, i.fields), etag: i.etag };
};

async function query(graph: GraphConnection, url: string, filter: string, top: number, doing: string): Promise<ListItem[]> {
  try {
    const page = (await graph.client.api(url).expand('fields').filter(filterParam(filter)).top(top).get()) as { value: ListItem[] };
    return page.value;
  } catch (error) {
    throw toGatewayError(error, doing);
  }
}

/** Creates an item once: a retry after a lost answer (a 503 after the write) finds the first by its key. */
async function createOnce<T>(graph: GraphConnection, url: string, fields: ListFields, find: () => Promise<T | undefined>, read: (item: ListItem) => T, doing: string, wait: Wait): Promise<{ created: boolean; stored?: T }> {
  for (let attempt = 1; ; attempt++) {
    let failure: GatewayError;
    try {
      return { created: true, stored: read((await graph.client.api(url).post({ fields })) as ListItem) };
    } catch (error) {
      failure = toGatewayError(error, doing);
      if (isDuplicate(error, failure)) return { created: false, stored: await find() };
      if (!isTransient(failure)) throw failure;
    }
    if (attempt >= MAX_CREATE_TRIES) throw failure;
    await wait(Math.min(30_000, failure.retryAfterMs ?? 1000 * attempt));
  }
}

// ---- sheets ----

export async function findSheetByKey(graph: GraphConnection, lists: SignupLists, key: string): Promise<Stored<SignupSheet> | undefined> {
  checkId('session key', key);
  const items = await query(graph, path(lists, lists.sheetsList), `fields/SheetKey eq ${odataString(key)}`, 1, 'looking up the sign-up sheet');
  return items[0] ? storedSheet(items[0]) : undefined;
}

/** Posts a sheet once under its key (a retry or a second click finds the first). */
export async function createSheet(graph: GraphConnection, lists: SignupLists, sheet: SignupSheet, wait: Wait = sleep): Promise<Stored<SignupSheet>> {
  checkId('session key', sheet.key);
  const outcome = await createOnce(graph, path(lists, lists.sheetsList), sheetToFields(sheet), () => findSheetByKey(graph, lists, sheet.key), storedSheet, 'posting the sign-up sheet', wait);
  if (!outcome.stored) throw new GatewayError('conflict', 'A sheet with this key was refused but cannot be found; post it again.');
  return outcome.stored;
}

export async function readSheet(graph: GraphConnection, lists: SignupLists, itemId: string): Promise<Stored<SignupSheet>> {
  checkId('session item id', itemId);
  try {
    return storedSheet((await graph.client.api(`${path(lists, lists.sheetsList)}/${encodeURIComponent(itemId)}`).expand('fields').get()) as ListItem);
  } catch (error) {
    throw toGatewayError(error, 'reading the sign-up sheet');
  }
}

/** Sheets in one status (Status is indexed), or one mentor's (MentorId is indexed). */
export async function listSheets(graph: GraphConnection, lists: SignupLists, by: { status: SignupSheet['status'] } | { mentorId: string }): Promise<Stored<SignupSheet>[]> {
  const filter = 'status' in by ? `fields/Status eq ${odataString(by.status)}` : `fields/MentorId eq ${odataString(by.mentorId)}`;
  const items = await query(graph, path(lists, lists.sheetsList), filter, SHEETS_PAGE, 'listing sign-up sheets');
  return items.map(storedSheet);
}

/** Changes the sheet's status if nobody changed the sheet since (If-Match); undefined on 412. */
export async function saveSheetStatus(graph: GraphConnection, lists: SignupLists, current: Stored<SignupSheet>, status: SignupSheet['status']): Promise<Stored<SignupSheet> | undefined> {
  const itemId = checkId('session item id', current.value.itemId);
  if (current.value.status === status) return current;
  try {
    const saved = (await graph.client.api(`${path(lists, lists.sheetsList)}/${encodeURIComponent(itemId)}/fields`).header('If-Match', current.etag).patch({ Status: status })) as Record<string, unknown>;
    return { value: { ...current.value, status }, etag: String(saved['@odata.etag'] ?? '') };
  } catch (error) {
    const failure = toGatewayError(error, 'changing the sign-up sheet');
    if (failure.status === 412) return undefined;
    throw failure;
  }
}

// ---- claims ----

export async function listClaims(graph: GraphConnection, lists: SignupLists, sheetItemId: string): Promise<Stored<SlotClaim>[]> {
  checkId('session item id', sheetItemId);
  const items = await query(graph, path(lists, lists.claimsList), `fields/SheetId eq ${odataString(sheetItemId)}`, CLAIMS_PAGE, 'reading the claims of the sheet');
  return items.map(storedClaim);
}

/** The mentee's claims on any sheet (MenteeId is indexed). */
export async function listClaimsOf(graph: GraphConnection, lists: SignupLists, menteeId: string): Promise<Stored<SlotClaim>[]> {
  const items = await query(graph, path(lists, lists.claimsList), `fields/MenteeId eq ${odataString(menteeId)}`, CLAIMS_PAGE, 'reading your office-hours claims');
  return items.map(storedClaim);
}

async function findLiveClaim(graph: GraphConnection, lists: SignupLists, sheetItemId: string, menteeId: string): Promise<Stored<SlotClaim> | undefined> {
  const key = `${sheetItemId}-${menteeId}`;
  const items = await query(graph, path(lists, lists.claimsList), `fields/MenteeKey eq ${odataString(key)}`, 1, 'reading your claim');
  return items[0] ? storedClaim(items[0]) : undefined;
}

export type ClaimOutcome =
  /** The store let this claim hold the slot. */
  | { kind: 'claimed'; stored: Stored<SlotClaim> }
  /** The slot was held by someone else: this claim waits for it. */
  | { kind: 'waiting'; stored: Stored<SlotClaim> }
  /** The mentee already has a live claim on this sheet (this one, after a lost answer, or another slot). */
  | { kind: 'already'; stored: Stored<SlotClaim> };

export type NewClaim = Omit<SlotClaim, 'itemId' | 'state' | 'offerExpiresAt' | 'offerMailed' | 'sessionKey'>;

/**
 * Claims a slot: writes a claim whose ClaimKey is the slot's key. SharePoint refuses it when the
 * slot is held (or the mentee has a live claim on the sheet); then the mentee's own live claim is
 * the answer if there is one, else a waiting claim is written (refused in turn if a parallel
 * attempt of the same mentee wrote one first, which is then the answer).
 */
export async function claimSlot(graph: GraphConnection, lists: SignupLists, claim: NewClaim, wait: Wait = sleep): Promise<ClaimOutcome> {
  const url = path(lists, lists.claimsList);
  const mine = () => findLiveClaim(graph, lists, claim.sheetItemId, claim.menteeId);
  const first = await createOnce(graph, url, claimToFields({ ...claim, state: 'claimed' }), mine, storedClaim, 'claiming the slot', wait);
  if (first.created && first.stored) return { kind: 'claimed', stored: first.stored };
  if (first.stored) return { kind: 'already', stored: first.stored };
  const queued = await createOnce(graph, url, claimToFields({ ...claim, state: 'waiting' }), mine, storedClaim, 'joining the waitlist', wait);
  if (queued.created && queued.stored) return { kind: 'waiting', stored: queued.stored };
  if (queued.stored) return { kind: 'already', stored: queued.stored };
  throw new GatewayError('conflict', 'The slot changed hands while you claimed it. Reload the sheet and try again.');
}

export type ClaimSave = { kind: 'saved'; stored: Stored<SlotClaim> } | { kind: 'changed' } | { kind: 'slot-held' };

/**
 * Writes a claim's new state with If-Match. 'changed': someone changed it first (read again);
 * 'slot-held': the store refused the slot's key because another claim holds the slot.
 */
export async function saveClaim(graph: GraphConnection, lists: SignupLists, current: Stored<SlotClaim>, next: SlotClaim): Promise<ClaimSave> {
  const itemId = checkId('session item id', current.value.itemId);
  const fields = changedClaimFields(current.value, next);
  if (Object.keys(fields).length === 0) return { kind: 'saved', stored: current };
  try {
    const saved = (await graph.client.api(`${path(lists, lists.claimsList)}/${encodeURIComponent(itemId)}/fields`).header('If-Match', current.etag).patch(fields)) as Record<string, unknown>;
    return { kind: 'saved', stored: { value: fieldsToClaim(itemId, saved), etag: String(saved['@odata.etag'] ?? '') } };
  } catch (error) {
    const failure = toGatewayError(error, 'saving the claim');
    if (failure.status === 412) return { kind: 'changed' };
    if (isDuplicate(error, failure)) return { kind: 'slot-held' };
    throw failure;
  }
}
