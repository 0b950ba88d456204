// Anyone in the demo organisation, not only the three personas: found by name through Graph's
// /users (startswith on the name or sign-in name, as a people picker searches), or by a
// userPrincipalName or id (`?persona=` in the workbench address), so events with many participants
// can be tried as each of them.
import type { PersonaGraph } from './persona-graph';
import type { Persona } from './personas';

/** How many people the picker lists for what was typed. */
export const PEOPLE_SHOWN = 20;

interface GraphUser {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  department?: string | null;
}

export function personFromUser(user: GraphUser): Persona {
  return { role: 'person', id: user.id, displayName: user.displayName || user.userPrincipalName || user.id, userPrincipalName: user.userPrincipalName ?? '', ...(user.department ? { department: user.department } : {}) };
}

/** People whose name (given, family or display) or sign-in name starts with `text`; the first page for none. */
export async function searchPeople(graph: PersonaGraph, text: string): Promise<Persona[]> {
  const words = text.trim();
  const q = words.replace(/'/g, "''");
  const filter = words
    ? `&$filter=${encodeURIComponent(`startswith(displayName,'${q}') or startswith(givenName,'${q}') or startswith(surname,'${q}') or startswith(userPrincipalName,'${q}')`)}`
    : '';
  const page = await graph.call<{ value: GraphUser[] }>('GET', `/users?$select=id,displayName,userPrincipalName,department&$top=${PEOPLE_SHOWN}${filter}`);
  return page.value.map(personFromUser);
}

/** The person a `?persona=` value names by userPrincipalName or id, or undefined when there is none. */
export async function personByUpnOrId(graph: PersonaGraph, who: string): Promise<Persona | undefined> {
  try {
    return personFromUser(await graph.call<GraphUser>('GET', `/users/${encodeURIComponent(who)}?$select=id,displayName,userPrincipalName,department`));
  } catch {
    return undefined;
  }
}
