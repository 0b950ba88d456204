// Users: GET /users/{id | userPrincipalName}, GET /users ($filter, $select, $top, paging),
// GET /users/{id}/manager, and the profile photo (metadata and bytes).
import { avatarPng, AVATAR_SIZE } from '../avatar-png';
import { badRequest, GraphFault } from '../graph-error';
import type { EmuResponse, HandlerContext, UserRow } from '../http-types';
import { json } from '../http-types';
import { applySelect, matchesFilter, page, parseFilter, readSelect, readTop, type FilterNode } from '../odata';
import type { Router } from '../router';
import type { Database } from '../store';

// The properties Graph returns for a user (department included, as Micromentor's directory shows it).
const USER_PROPERTIES = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'jobTitle', 'department', 'officeLocation', 'businessPhones', 'mobilePhone', 'preferredLanguage'];
// $filter on users: the properties the directory indexes for startswith and eq.
const FILTERABLE = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'jobTitle', 'department', 'officeLocation'];

export const LANGUAGE_BY_CITY: Record<string, string> = {
  London: 'en-GB',
  'New York': 'en-US',
  Seattle: 'en-US',
  Bengaluru: 'en-IN',
  Sydney: 'en-AU',
  Stockholm: 'sv-SE',
  Berlin: 'de-DE',
  Singapore: 'en-SG',
  Lagos: 'en-NG',
};

export interface GraphUser extends Record<string, unknown> {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string | null;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  businessPhones: string[];
  mobilePhone: string | null;
  preferredLanguage: string | null;
}

export function toGraphUser(row: UserRow): GraphUser {
  return {
    id: row.id,
    displayName: row.display_name,
    givenName: row.given_name,
    surname: row.surname,
    mail: row.mail,
    userPrincipalName: row.upn,
    jobTitle: row.job_title,
    department: row.department,
    officeLocation: row.office_location,
    businessPhones: [],
    mobilePhone: null,
    preferredLanguage: LANGUAGE_BY_CITY[row.office_location ?? ''] ?? 'en-US',
  };
}

/** A user by object id or userPrincipalName (either case), as /users/{id | upn} resolves it. */
export function findUser(db: Database, idOrUpn: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ? OR upn = ? LIMIT 1').get(idOrUpn.toLowerCase(), idOrUpn) as UserRow | undefined;
}

export function userNotFound(idOrUpn: string): GraphFault {
  return new GraphFault(404, 'Request_ResourceNotFound', `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`);
}

function requireUser(ctx: HandlerContext): UserRow {
  const row = findUser(ctx.db, ctx.params.userId!);
  if (!row) throw userNotFound(ctx.params.userId!);
  return row;
}

function checkSelect(select: string[] | undefined): void {
  for (const name of select ?? []) {
    if (!USER_PROPERTIES.some((p) => p.toLowerCase() === name.toLowerCase())) {
      throw badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.user'.`, 'Request_BadRequest');
    }
  }
}

function contextUrl(ctx: HandlerContext, select: string[] | undefined, entity: boolean): string {
  return `${ctx.baseUrl}/$metadata#users${select ? `(${select.join(',')})` : ''}${entity ? '/$entity' : ''}`;
}

/** Without `ConsistencyLevel: eventual` the directory answers only eq and startswith, on indexed properties. */
function checkFilter(node: FilterNode, advanced: boolean): void {
  switch (node.kind) {
    case 'and':
    case 'or':
      checkFilter(node.left, advanced);
      checkFilter(node.right, advanced);
      return;
    case 'not':
      if (!advanced) throw badRequest('Unsupported Query.', 'Request_UnsupportedQuery');
      checkFilter(node.operand, advanced);
      return;
    case 'call':
    case 'compare': {
      if (!FILTERABLE.some((p) => p.toLowerCase() === node.property.toLowerCase())) {
        throw badRequest(`Unsupported or invalid query filter clause specified for property '${node.property}' of resource 'User'.`, 'Request_UnsupportedQuery');
      }
      const basic = node.kind === 'call' ? node.fn === 'startswith' : node.op === 'eq' || node.op === 'ne';
      if (!basic && !advanced) throw badRequest('Unsupported Query.', 'Request_UnsupportedQuery');
    }
  }
}

function getUser(ctx: HandlerContext): EmuResponse {
  const select = readSelect(ctx.req.query);
  checkSelect(select);
  const user = requireUser(ctx);
  return json(200, { '@odata.context': contextUrl(ctx, select, true), ...applySelect(toGraphUser(user), select) });
}

function listUsers(ctx: HandlerContext): EmuResponse {
  const { query } = ctx.req;
  const select = readSelect(query);
  checkSelect(select);
  const top = readTop(query, 100);
  const filterText = query.get('$filter');
  let users = (ctx.db.prepare('SELECT * FROM users ORDER BY display_name COLLATE NOCASE, id').all() as UserRow[]).map(toGraphUser);
  if (filterText) {
    const filter = parseFilter(filterText);
    checkFilter(filter, (ctx.req.headers.consistencylevel ?? '').toLowerCase() === 'eventual');
    users = users.filter((u) => matchesFilter(filter, (property) => readProperty(u, property)));
  }
  const { value, nextLink } = page(users, query, top, ctx.baseUrl, ctx.req.originalPath);
  return json(200, {
    '@odata.context': contextUrl(ctx, select, false),
    ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
    value: value.map((u) => applySelect(u, select)),
  });
}

function readProperty(user: GraphUser, property: string): unknown {
  const key = Object.keys(user).find((k) => k.toLowerCase() === property.toLowerCase());
  return key === undefined ? undefined : user[key];
}

function getManager(ctx: HandlerContext): EmuResponse {
  const user = requireUser(ctx);
  const manager = user.manager_id ? (ctx.db.prepare('SELECT * FROM users WHERE id = ?').get(user.manager_id) as UserRow | undefined) : undefined;
  if (!manager) throw userNotFound('manager');
  const select = readSelect(ctx.req.query);
  checkSelect(select);
  return json(200, {
    '@odata.context': `${ctx.baseUrl}/$metadata#directoryObjects/$entity`,
    '@odata.type': '#microsoft.graph.user',
    ...applySelect(toGraphUser(manager), select),
  });
}

function getPhotoMetadata(ctx: HandlerContext): EmuResponse {
  const user = requireUser(ctx);
  const bytes = avatarPng(user.id, user.display_name);
  return json(200, {
    '@odata.context': `${ctx.baseUrl}/$metadata#users('${encodeURIComponent(user.id)}')/photo/$entity`,
    '@odata.mediaContentType': 'image/png',
    '@odata.mediaEtag': `"${bytes.length.toString(16).toUpperCase()}${user.id.slice(0, 8).toUpperCase()}"`,
    id: `${AVATAR_SIZE}X${AVATAR_SIZE}`,
    height: AVATAR_SIZE,
    width: AVATAR_SIZE,
  });
}

function getPhotoValue(ctx: HandlerContext): EmuResponse {
  const user = requireUser(ctx);
  return { status: 200, headers: { 'content-type': 'image/png' }, body: avatarPng(user.id, user.display_name) };
}

export function register(router: Router): void {
  router.get('/v1.0/users', listUsers);
  router.get('/v1.0/users/:userId', getUser);
  router.get('/v1.0/users/:userId/manager', getManager);
  router.get('/v1.0/users/:userId/photo', getPhotoMetadata);
  router.get('/v1.0/users/:userId/photo/$value', getPhotoValue);
}
