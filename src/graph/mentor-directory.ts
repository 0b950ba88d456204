// The mentor directory: profiles from the program site's Mentors list joined with the people's
// directory data (one $batch of user lookups per page), paged.
import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { ListItem, User } from '@microsoft/microsoft-graph-types';
import { GatewayError, toGatewayError } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';

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
}

export interface MentorPage {
  mentors: MentorProfile[];
  /** Pass back to get the next page; absent on the last page. */
  next?: string;
}

const USER_FIELDS = 'id,displayName,mail,userPrincipalName,jobTitle,department,officeLocation';
const MAX_PAGE = 100;

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? value.split(/;#|;|,/).map((s) => s.trim()).filter(Boolean) : [];
}

export async function listMentors(graph: GraphConnection, list: MentorsList, options: { pageSize?: number; next?: string } = {}): Promise<MentorPage> {
  const pageSize = Math.min(MAX_PAGE, Math.max(1, options.pageSize ?? 50));
  let page: { value: ListItem[]; '@odata.nextLink'?: string };
  try {
    const request = options.next
      ? graph.client.api(nextLinkPath(options.next))
      : graph.client
          .api(`/sites/${encodeURIComponent(list.siteId)}/lists/${encodeURIComponent(list.list)}/items`)
          .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
          .expand('fields')
          .filter('fields/Active eq true')
          .top(pageSize);
    page = (await request.get()) as typeof page;
  } catch (error) {
    throw toGatewayError(error, 'reading the mentor list');
  }
  const items = page.value.filter((item) => typeof item.fields?.['MentorUserId' as keyof typeof item.fields] === 'string');
  const users = await lookUpUsers(
    graph,
    items.map((item) => String((item.fields as Record<string, unknown>).MentorUserId)),
  );
  const mentors: MentorProfile[] = [];
  for (const item of items) {
    const f = item.fields as Record<string, unknown>;
    const user = users.get(String(f.MentorUserId));
    if (!user) continue; // left the organisation: not bookable
    mentors.push({
      userId: user.id!,
      itemId: item.id!,
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
    });
  }
  return { mentors, next: page['@odata.nextLink'] };
}

/** Directory data for many people: 20 lookups a $batch, batches run together (not Outlook-limited). */
async function lookUpUsers(graph: GraphConnection, ids: string[]): Promise<Map<string, User>> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += 20) chunks.push(unique.slice(i, i + 20));
  const found = new Map<string, User>();
  await Promise.all(
    chunks.map(async (chunk) => {
      let batch: { responses: { id: string; status: number; body?: unknown }[] };
      try {
        batch = (await graph.client.api('/$batch').post({
          requests: chunk.map((id, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${encodeURIComponent(id)}?$select=${USER_FIELDS}` })),
        })) as typeof batch;
      } catch (error) {
        throw toGatewayError(error, "reading mentors' profiles");
      }
      for (const r of batch.responses) {
        if (r.status === 200 && r.body) {
          const user = r.body as User;
          if (user.id) found.set(user.id, user);
        } else if (r.status !== 404) {
          throw new GatewayError(r.status === 429 ? 'throttled' : 'unavailable', `Microsoft 365 could not read a mentor's profile (error ${r.status}). Try again.`, r.status);
        }
      }
    }),
  );
  return found;
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
