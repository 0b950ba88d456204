// Pilots in the program site's Pilots list. A pilot is created once by its key (PilotKey enforces
// unique values: a retry after a lost answer, or a second click, finds the first item), edits carry
// If-Match, and every row is checked on the way in and out: a pilot checkPilot refuses is never
// written, and a row edited by hand into something unusable is reported with its column.
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { StoredPilot } from '../domain/dashboard-figures';
import { checkPilot, type Pilot } from '../domain/pilot';
import { GatewayError, toGatewayError } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';
import { filterParam, odataString } from './odata';

export interface PilotsList {
  siteId: string;
  /** The Pilots list's id or name. */
  list: string;
}

export interface PilotRecord extends StoredPilot {
  etag: string;
  /** The zone its dates were chosen in. */
  zone: string;
  startedById: string;
}

/** A row that could not be read: which item and which column. */
export interface UnreadablePilot {
  itemId: string;
  field: string;
}

const PAGE = 500;
const MAX_PAGES = 10;
const KEY_MAX = 100;
const MAX_CREATE_TRIES = 3;

type Wait = (ms: number) => Promise<void>;
const sleep: Wait = (ms) => new Promise((r) => setTimeout(r, ms));

const itemsOf = (list: PilotsList) => `/sites/${encodeURIComponent(list.siteId)}/lists/${encodeURIComponent(list.list)}/items`;

const isDuplicate = (status: number | undefined, message: unknown) => status === 409 || (typeof message === 'string' && /duplicate values were found/i.test(message));

function unreadable(field: string, itemId: string): GatewayError {
  return new GatewayError('invalid', `Pilot ${itemId}: the column “${field}” holds a value Micromentor cannot use; correct it in Microsoft Lists.`, undefined, undefined, undefined, field);
}

export function pilotToFields(record: Pick<PilotRecord, 'key' | 'pilot' | 'zone' | 'startedById'>): Record<string, unknown> {
  const p = record.pilot;
  return {
    Title: p.name.trim(),
    PilotKey: record.key,
    StartUtc: new Date(p.from).toISOString(),
    EndUtc: new Date(p.to).toISOString(),
    TimeZone: record.zone,
    People: JSON.stringify([...new Set(p.people)]),
    GoalSessions: p.goal.sessions,
    GoalMetOrPartly: Math.round(p.goal.metOrPartly * 100),
    StartedById: record.startedById,
    Archived: false,
  };
}

/** A row as a pilot, every column checked; throws 'invalid' naming the column. */
export function fieldsToPilot(itemId: string, f: Record<string, unknown>, etag = ''): PilotRecord {
  const key = typeof f.PilotKey === 'string' ? f.PilotKey : '';
  if (!key) throw unreadable('PilotKey', itemId);
  const from = typeof f.StartUtc === 'string' ? Date.parse(f.StartUtc) : NaN;
  if (!Number.isFinite(from)) throw unreadable('StartUtc', itemId);
  const to = typeof f.EndUtc === 'string' ? Date.parse(f.EndUtc) : NaN;
  if (!Number.isFinite(to)) throw unreadable('EndUtc', itemId);
  let people: unknown;
  try {
    people = JSON.parse(typeof f.People === 'string' ? f.People : '');
  } catch {
    people = undefined;
  }
  if (!Array.isArray(people) || !people.every((id) => typeof id === 'string')) throw unreadable('People', itemId);
  const sessions = f.GoalSessions;
  if (typeof sessions !== 'number') throw unreadable('GoalSessions', itemId);
  const share = f.GoalMetOrPartly;
  if (typeof share !== 'number') throw unreadable('GoalMetOrPartly', itemId);
  const pilot: Pilot = { name: typeof f.Title === 'string' ? f.Title : '', from, to, people: people as string[], goal: { sessions, metOrPartly: share / 100 } };
  const problem = checkPilot(pilot)[0];
  if (problem) {
    const column = { name: 'Title', dates: 'EndUtc', people: 'People', sessions: 'GoalSessions', metOrPartly: 'GoalMetOrPartly' }[problem.field];
    throw unreadable(column, itemId);
  }
  return { key, itemId, etag, pilot, zone: typeof f.TimeZone === 'string' ? f.TimeZone : 'UTC', startedById: typeof f.StartedById === 'string' ? f.StartedById : '' };
}

function fromItem(item: ListItem): PilotRecord {
  if (!item.id || !item.fields) throw new GatewayError('unavailable', 'Microsoft 365 returned a pilot without its fields. Try again.');
  return fieldsToPilot(item.id, item.fields as Record<string, unknown>, item.eTag ?? '');
}

export async function findPilotByKey(graph: GraphConnection, list: PilotsList, key: string): Promise<PilotRecord | undefined> {
  try {
    const page = (await graph.client.api(itemsOf(list)).expand('fields').filter(filterParam(`fields/PilotKey eq ${odataString(key)}`)).top(1).get()) as { value: ListItem[] };
    return page.value[0] ? fromItem(page.value[0]) : undefined;
  } catch (error) {
    if (error instanceof GatewayError) throw error;
    throw toGatewayError(error, 'looking up the pilot');
  }
}

/**
 * Stores a new pilot once under its key: a lost answer is retried, and the list's refusal of a second
 * item with the key reads as "already there". A pilot checkPilot refuses is not written: the error
 * names the first field (its `field` is the form's: name, dates, people, sessions, metOrPartly).
 */
export async function createPilot(graph: GraphConnection, list: PilotsList, record: Pick<PilotRecord, 'key' | 'pilot' | 'zone' | 'startedById'>, wait: Wait = sleep): Promise<PilotRecord> {
  const key = record.key.trim();
  if (!key || key.length > KEY_MAX) throw new GatewayError('invalid', 'A pilot needs its key before it is stored.', undefined, undefined, undefined, 'key');
  const problem = checkPilot(record.pilot)[0];
  if (problem) throw new GatewayError('invalid', problem.message, undefined, undefined, undefined, problem.field);
  for (let attempt = 1; ; attempt++) {
    let failure: GatewayError;
    try {
      return fromItem((await graph.client.api(itemsOf(list)).post({ fields: pilotToFields({ ...record, key }) })) as ListItem);
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      failure = toGatewayError(error, 'saving the pilot');
      if (isDuplicate(failure.status, (error as { message?: unknown } | null)?.message)) {
        const existing = await findPilotByKey(graph, list, key);
        if (existing) return existing;
      } else if (failure.code !== 'throttled' && failure.code !== 'unavailable' && failure.code !== 'offline') {
        throw failure;
      }
    }
    if (attempt >= MAX_CREATE_TRIES) throw failure;
    await wait(Math.min(30_000, failure.retryAfterMs ?? 1000 * attempt));
  }
}

/** Writes `next` only if nobody changed the pilot since `current` was read; undefined on 412. */
export async function savePilot(graph: GraphConnection, list: PilotsList, current: PilotRecord, next: Pilot): Promise<PilotRecord | undefined> {
  const problem = checkPilot(next)[0];
  if (problem) throw new GatewayError('invalid', problem.message, undefined, undefined, undefined, problem.field);
  const { PilotKey: _key, StartedById: _by, Archived: _archived, ...fields } = pilotToFields({ ...current, pilot: next });
  try {
    const saved = (await graph.client.api(`${itemsOf(list)}/${encodeURIComponent(current.itemId)}/fields`).header('If-Match', current.etag).patch(fields)) as Record<string, unknown>;
    return fieldsToPilot(current.itemId, saved, String(saved['@odata.etag'] ?? ''));
  } catch (error) {
    if (error instanceof GatewayError) throw error;
    const failure = toGatewayError(error, 'saving the pilot');
    if (failure.status === 412) return undefined;
    throw failure;
  }
}

/** Every pilot not archived; rows that cannot be read come back apart, with their column. */
export async function listPilots(graph: GraphConnection, list: PilotsList): Promise<{ pilots: PilotRecord[]; unreadable: UnreadablePilot[] }> {
  const pilots: PilotRecord[] = [];
  const bad: UnreadablePilot[] = [];
  try {
    let page = (await graph.client.api(itemsOf(list)).expand('fields').top(PAGE).get()) as { value: ListItem[]; '@odata.nextLink'?: string };
    for (let n = 1; ; n++) {
      for (const item of page.value) {
        if ((item.fields as Record<string, unknown> | undefined)?.Archived === true) continue;
        try {
          pilots.push(fromItem(item));
        } catch (error) {
          if (error instanceof GatewayError && error.code === 'invalid') bad.push({ itemId: item.id ?? '?', field: error.field ?? 'unknown' });
          else throw error;
        }
      }
      const next = page['@odata.nextLink'];
      if (!next || n >= MAX_PAGES) break;
      page = (await graph.client.api(nextLinkPath(next)).get()) as typeof page;
    }
  } catch (error) {
    if (error instanceof GatewayError) throw error;
    throw toGatewayError(error, 'reading the pilots');
  }
  return { pilots: pilots.sort((a, b) => b.pilot.from - a.pilot.from), unreadable: bad };
}
