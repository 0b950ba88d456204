// People of the organisation by the start of their name or address, for invitation pickers. Plain
// startswith filters on indexed properties: Entra answers them without advanced queries.
import type { User } from '@microsoft/microsoft-graph-types';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { filterParam, odataString } from './odata';

export interface FoundPerson {
  id: string;
  displayName: string;
  email: string;
  jobTitle?: string;
  department?: string;
}

export const PEOPLE_SEARCH_MAX = 60;

export async function searchPeople(graph: GraphConnection, text: string, top = 15): Promise<FoundPerson[]> {
  const q = text.trim();
  if (q.length === 0) return [];
  if (q.length > PEOPLE_SEARCH_MAX) throw new GatewayError('invalid', `Search with at most ${PEOPLE_SEARCH_MAX} characters.`);
  const v = odataString(q);
  let users: User[];
  try {
    users = ((await graph.client
      .api('/users')
      .filter(filterParam(`startswith(displayName,${v}) or startswith(givenName,${v}) or startswith(surname,${v}) or startswith(mail,${v})`))
      .select('id,displayName,mail,userPrincipalName,jobTitle,department')
      .top(top)
      .get()) as { value: User[] }).value;
  } catch (error) {
    throw toGatewayError(error, 'searching the directory');
  }
  return users
    .filter((u): u is User & { id: string } => !!u.id)
    .map((u) => ({ id: u.id, displayName: u.displayName ?? u.userPrincipalName ?? u.id, email: (u.mail ?? u.userPrincipalName ?? '').toLowerCase(), jobTitle: u.jobTitle ?? undefined, department: u.department ?? undefined }))
    .filter((p) => p.email !== '');
}
