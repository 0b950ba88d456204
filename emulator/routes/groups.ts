// Groups, as a program manager invites whole teams or cohorts ("this month's new hires") to a flash
// event: GET /groups (startswith on displayName or mailNickname, $select, $top) and
// GET /groups/{id}/members (users, $select, $top, paging). The groups come from the directory
// itself: one per department, and one cohort of new joiners, so they follow whatever was seeded.
import { createHash } from 'node:crypto';
import { badRequest, GraphFault } from '../graph-error';
import type { EmuResponse, HandlerContext, UserRow } from '../http-types';
import { json } from '../http-types';
import { applySelect, matchesFilter, page, parseFilter, readSelect, readTop, type FilterNode } from '../odata';
import type { Router } from '../router';
import type { Database } from '../store';
import { MENTORS_LIST_ID } from '../seed-program-site';
import { toGraphUser } from './people';

/** How many people the new joiners' cohort holds. */
export const NEW_JOINERS_SIZE = 14;
export const NEW_JOINERS_NAME = 'New joiners this month';

interface GroupView {
  id: string;
  displayName: string;
  mailNickname: string;
  description: string;
  members: UserRow[];
}

/** A stable GUID-shaped id from a name. */
function groupId(name: string): string {
  const h = createHash('sha1').update(`group:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const nickname = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function groupsOf(db: Database): GroupView[] {
  const users = db.prepare('SELECT * FROM users ORDER BY display_name, id').all() as UserRow[];
  const departments = [...new Set(users.map((u) => u.department).filter((d): d is string => !!d))].sort();
  const mentorIds = new Set(
    (db.prepare('SELECT fields FROM list_items WHERE list_id = ?').all(MENTORS_LIST_ID) as { fields: string }[]).map((r) => (JSON.parse(r.fields) as { MentorUserId?: string }).MentorUserId),
  );
  // The cohort: people who mentor nobody yet and are no demo persona, picked by a stable hash of their id.
  const joiners = users
    .filter((u) => !u.persona && !mentorIds.has(u.id))
    .sort((a, b) => groupId(a.id).localeCompare(groupId(b.id)))
    .slice(0, NEW_JOINERS_SIZE)
    .sort((a, b) => a.display_name.localeCompare(b.display_name));
  return [
    ...departments.map((d) => ({ id: groupId(d), displayName: d, mailNickname: nickname(d), description: `Everyone in ${d}.`, members: users.filter((u) => u.department === d) })),
    { id: groupId(NEW_JOINERS_NAME), displayName: NEW_JOINERS_NAME, mailNickname: 'new-joiners', description: 'People who joined this month (onboarding).', members: joiners },
  ];
}

const GROUP_PROPERTIES = ['id', 'displayName', 'mailNickname', 'description', 'mail', 'mailEnabled', 'securityEnabled', 'groupTypes'];

function groupJson(g: GroupView): Record<string, unknown> {
  return { id: g.id, displayName: g.displayName, mailNickname: g.mailNickname, description: g.description, mail: null, mailEnabled: false, securityEnabled: true, groupTypes: [] };
}

function checkFilter(node: FilterNode): void {
  if (node.kind === 'and' || node.kind === 'or') {
    checkFilter(node.left);
    checkFilter(node.right);
    return;
  }
  const ok = (node.kind === 'call' && node.fn === 'startswith') || (node.kind === 'compare' && node.op === 'eq');
  if (!ok || !['displayName', 'mailNickname', 'id'].some((p) => 'property' in node && p.toLowerCase() === node.property.toLowerCase())) {
    throw badRequest('Unsupported Query.', 'Request_UnsupportedQuery');
  }
}

function listGroups(ctx: HandlerContext): EmuResponse {
  const query = ctx.req.query;
  let groups = groupsOf(ctx.db).map(groupJson);
  const filterText = query.get('$filter');
  if (filterText) {
    const filter = parseFilter(filterText);
    checkFilter(filter);
    groups = groups.filter((g) => matchesFilter(filter, (property) => g[Object.keys(g).find((k) => k.toLowerCase() === property.toLowerCase()) ?? property]));
  }
  const select = readSelect(query);
  for (const name of select ?? []) if (!GROUP_PROPERTIES.some((p) => p.toLowerCase() === name.toLowerCase())) throw badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.group'.`, 'Request_BadRequest');
  const { value, nextLink } = page(groups, query, readTop(query, 100), ctx.baseUrl, ctx.req.path);
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#groups`, value: value.map((g) => applySelect(g, select)), ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
}

function listMembers(ctx: HandlerContext): EmuResponse {
  const group = groupsOf(ctx.db).find((g) => g.id === ctx.params.groupId);
  if (!group) throw new GraphFault(404, 'Request_ResourceNotFound', `Resource '${ctx.params.groupId}' does not exist or one of its queried reference-property objects are not present.`);
  const query = ctx.req.query;
  const select = readSelect(query);
  const members = group.members.map((u) => ({ '@odata.type': '#microsoft.graph.user', ...applySelect(toGraphUser(u), select) }));
  const { value, nextLink } = page(members, query, readTop(query, 100), ctx.baseUrl, ctx.req.path);
  return json(200, { '@odata.context': `${ctx.baseUrl}/$metadata#directoryObjects`, value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
}

export function register(router: Router): void {
  router.get('/v1.0/groups', listGroups);
  router.get('/v1.0/groups/:groupId/members', listMembers);
}
