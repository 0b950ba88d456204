// The mentor directory: profiles from the program site's Mentors list joined with the people's
// directory data (one $batch of user lookups per page), paged.
import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { ListItem, User } from '@microsoft/microsoft-graph-types';
import { toGatewayError } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';
import { filterParam, odataString } from './odata';
import { lookUpUsers } from './user-lookup';

export interface MentorsList {
  siteId: string;
  /** The Mentors list's id or name. */
  list: string;
}

export interface MentorProfile {
  userId: string;
  itemId: string;
  displayName: string;
  email: string;
  jobTitle?: string;
  department?: string;
  officeLocation?: string;
  topics: string[];
  bio: string;
  capacityPerWeek?: number;
  capacityPerMonth?: number;
  sessionLengths: number[];
  active: boolean;
  /** No session starts sooner than this after booking (0 when the list leaves it empty). */
  noticeMinutes: number;
  /** Kept clear around the mentor's other meetings (0 when empty). */
  bufferMinutes: number;
}

export interface MentorPage {
  mentors: MentorProfile[];
  /** Pass back to get the next page; absent on the last page. */
  next?: string;
}

const MAX_PAGE = 100;

/** A whole, non-negative number of minutes, or 0 for an empty or unusable cell (a hand edit). */
export function asMinutes(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_080 ? value : 0;
}

export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? value.split(/;#|;|,/).map((s) => s.trim()).filter(Boolean) : [];
}

/** One page of the Mentors list as stored, before the people's directory data is joined in. */
export interface MentorItemPage {
  items: MentorItem[];
  next?: string;
}

export interface MentorItem {
  itemId: string;
  userId: string;
  /** The Mentor UPN column: the calendar address when the directory agrees (lets calendars be read before the join). */
  upn?: string;
  fields: Record<string, unknown>;
}

/** One page of the list, items without a MentorUserId skipped. */
export async function listMentorItems(graph: GraphConnection, list: MentorsList, options: { pageSize?: number; next?: string; mentorUserId?: string } = {}): Promise<MentorItemPage> {
  const pageSize = Math.min(MAX_PAGE, Math.max(1, options.pageSize ?? 50));
  let page: { value: ListItem[]; '@odata.nextLink'?: string };
  try {
    const request = options.next
      ? graph.client.api(nextLinkPath(options.next))
      : graph.client
          .api(`/sites/${encodeURIComponent(list.siteId)}/lists/${encodeURIComponent(list.list)}/items`)
          .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
          .expand('fields')
          .filter(
            options.mentorUserId === undefined ? 'fields/Active eq true' : filterParam(`fields/Active eq true and fields/MentorUserId eq ${odataString(options.mentorUserId)}`),
          )
          .top(pageSize);
    page = (await request.get()) as typeof page;
  } catch (error) {
    throw toGatewayError(error, 'reading the mentor list');
  }
  const items: MentorItem[] = [];
  for (const item of page.value) {
    const fields = (item.fields ?? {}) as Record<string, unknown>;
    if (typeof fields.MentorUserId !== 'string' || !item.id) continue;
    const upn = typeof fields.MentorUpn === 'string' && fields.MentorUpn ? fields.MentorUpn.toLowerCase() : undefined;
    items.push({ itemId: item.id, userId: fields.MentorUserId, ...(upn ? { upn } : {}), fields });
  }
  return { items, ...(page['@odata.nextLink'] ? { next: page['@odata.nextLink'] } : {}) };
}

/**
 * The items joined with the people's directory data (one $batch per 20 people); people who left are
 * dropped. `known`: people already read (only the others are asked for).
 */
export async function profilesOf(graph: GraphConnection, items: readonly MentorItem[], known?: ReadonlyMap<string, User>): Promise<MentorProfile[]> {
  const missing = items.map((item) => item.userId).filter((id) => !known?.has(id));
  const users = new Map([...(known ?? []), ...(missing.length > 0 ? await lookUpUsers(graph, missing) : [])]);
  const mentors: MentorProfile[] = [];
  for (const item of items) {
    const f = item.fields;
    const user = users.get(item.userId);
    if (!user) continue; // left the organisation: not bookable
    mentors.push({
      userId: user.id!,
      itemId: item.itemId,
      displayName: user.displayName ?? String(f.Title ?? ''),
      email: (user.mail ?? user.userPrincipalName ?? String(f.MentorUpn ?? '')).toLowerCase(),
      jobTitle: user.jobTitle ?? undefined,
      department: user.department ?? undefined,
      officeLocation: user.officeLocation ?? undefined,
      topics: asStrings(f.Topics),
      bio: typeof f.Bio === 'string' ? f.Bio : '',
      capacityPerWeek: typeof f.CapacityPerWeek === 'number' ? f.CapacityPerWeek : undefined,
      capacityPerMonth: typeof f.CapacityPerMonth === 'number' ? f.CapacityPerMonth : undefined,
      sessionLengths: asStrings(f.SessionLengths).map(Number).filter((n) => n === 30 || n === 45 || n === 60),
      active: f.Active !== false,
      noticeMinutes: asMinutes(f.NoticeMinutes),
      bufferMinutes: asMinutes(f.BufferMinutes),
    });
  }
  return mentors;
}

export async function listMentors(graph: GraphConnection, list: MentorsList, options: { pageSize?: number; next?: string } = {}): Promise<MentorPage> {
  const page = await listMentorItems(graph, list, options);
  return { mentors: await profilesOf(graph, page.items), next: page.next };
}

/** One active mentor by user id: MentorUserId is indexed and unique, so this is one small query. */
export async function findMentor(graph: GraphConnection, list: MentorsList, userId: string): Promise<MentorProfile | undefined> {
  const page = await listMentorItems(graph, list, { pageSize: 1, mentorUserId: userId });
  return (await profilesOf(graph, page.items))[0];
}

/** A person's photo, or undefined when they have none. */
export async function getPhoto(graph: GraphConnection, userId: string): Promise<Blob | undefined> {
  try {
    const photo = (await graph.client.api(`/users/${encodeURIComponent(userId)}/photo/$value`).responseType(ResponseType.BLOB).get()) as Blob;
    return photo;
  } catch (error) {
    const failure = toGatewayError(error, 'reading a photo');
    if (failure.code === 'not-found') return undefined;
    throw failure;
  }
}
