// Groups of the organisation, to invite a whole team or cohort at once (a flash event at onboarding:
// "this month's new joiners"). Found by the start of their name; their members read page by page,
// people only (a group can hold devices and other groups).
import type { Group, User } from '@microsoft/microsoft-graph-types';
import type { FoundPerson } from './people-search';
import { GatewayError, toGatewayError } from './gateway-error';
import { nextLinkPath, type GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { filterParam, odataString } from './odata';

export interface FoundGroup {
  id: string;
  displayName: string;
  description?: string;
}

export const GROUP_SEARCH_MAX = 60;

export const GROUPS_NOT_GRANTED =
  'Inviting a group needs the GroupMember.Read.All permission, which this organisation has not granted to Micromentor. Ask your Microsoft 365 admin, or pick people one by one.';

/** Graph's refusal for want of the (optional) group permission, said as what to do. */
function groupFailure(error: unknown, doing: string): GatewayError {
  const failure = error instanceof GatewayError ? error : toGatewayError(error, doing);
  return failure.status === 403 ? new GatewayError('forbidden', GROUPS_NOT_GRANTED, 403, failure.graphCode) : failure;
}
/** A flash event takes a few hundred people at most; a bigger group is refused with a sentence, not read whole. */
export const GROUP_MEMBERS_MAX = 500;

export async function searchGroups(graph: GraphConnection, text: string, top = 10): Promise<FoundGroup[]> {
  const q = text.trim();
  if (!q) return [];
  if (q.length > GROUP_SEARCH_MAX) throw new GatewayError('invalid', `Search with at most ${GROUP_SEARCH_MAX} characters.`);
  const v = odataString(q);
  try {
    const groups = ((await graph.client.api('/groups').filter(filterParam(`startswith(displayName,${v}) or startswith(mailNickname,${v})`)).select('id,displayName,description').top(top).get()) as { value: Group[] }).value;
    return groups.filter((g): g is Group & { id: string } => !!g.id).map((g) => ({ id: g.id, displayName: g.displayName ?? g.id, ...(g.description ? { description: g.description } : {}) }));
  } catch (error) {
    throw groupFailure(error, 'searching groups');
  }
}

/** The people in a group (not nested groups or devices), with an address to invite. */
export async function groupMembers(graph: GraphConnection, groupId: string): Promise<FoundPerson[]> {
  checkId('group id', groupId);
  const people: FoundPerson[] = [];
  try {
    let page = (await graph.client
      .api(`/groups/${encodeURIComponent(groupId)}/members`)
      .select('id,displayName,mail,userPrincipalName,jobTitle,department')
      .top(999)
      .get()) as { value: (User & { '@odata.type'?: string })[]; '@odata.nextLink'?: string };
    for (;;) {
      for (const m of page.value) {
        if (m['@odata.type'] && m['@odata.type'] !== '#microsoft.graph.user') continue;
        const email = (m.mail ?? m.userPrincipalName ?? '').toLowerCase();
        if (m.id && email) people.push({ id: m.id, displayName: m.displayName ?? email, email, jobTitle: m.jobTitle ?? undefined, department: m.department ?? undefined });
      }
      if (people.length > GROUP_MEMBERS_MAX) throw new GatewayError('invalid', `This group has more than ${GROUP_MEMBERS_MAX} people; invite a smaller group or pick people one by one.`);
      const next = page['@odata.nextLink'];
      if (!next) break;
      page = (await graph.client.api(nextLinkPath(next)).get()) as typeof page;
    }
  } catch (error) {
    throw groupFailure(error, "reading the group's members");
  }
  return people;
}
