// Teams and their channels, as a program manager shares a success story: GET /me/joinedTeams,
// GET /teams/{id}/channels, and POST/GET /teams/{id}/channels/{id}/messages. Every person is in the
// organisation-wide team (channels General and Success stories) and in their department's team
// (General). Channel messages are kept as chat messages of a row in `chats` (chat_type 'channel'),
// made on the first post, so no schema change.
import { createHash } from 'node:crypto';
import { messageJson, type ChatMessageRow } from '../chat-json';
import { insertChatMessage } from './meetings-chats';
import { collectionBody } from '../collection-query';
import { forbidden, notFound } from '../graph-error';
import { json, type EmuResponse, type HandlerContext } from '../http-types';
import type { Router } from '../router';
import { requireSelf } from '../user-access';

export const ORG_TEAM_NAME = 'Contoso';

interface TeamView {
  id: string;
  displayName: string;
  description: string;
  channels: { id: string; displayName: string }[];
}

const hex = (text: string) => createHash('sha1').update(text).digest('hex');
const guid = (name: string) => {
  const h = hex(`team:${name}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-9${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const channelId = (team: string, channel: string) => `19:${hex(`channel:${team}:${channel}`).slice(0, 32)}@thread.tacv2`;

function teamOf(name: string, channels: string[], description: string): TeamView {
  return { id: guid(name), displayName: name, description, channels: channels.map((c) => ({ id: channelId(name, c), displayName: c })) };
}

/** The teams the user belongs to: the organisation's, and their department's. */
function teamsOf(ctx: HandlerContext): TeamView[] {
  const teams = [teamOf(ORG_TEAM_NAME, ['General', 'Success stories'], 'Everyone at Contoso.')];
  if (ctx.user.department) teams.push(teamOf(ctx.user.department, ['General'], `Everyone in ${ctx.user.department}.`));
  return teams;
}

function memberTeam(ctx: HandlerContext): TeamView {
  const team = teamsOf(ctx).find((t) => t.id === ctx.params.teamId);
  if (!team) {
    const known = teamsOf(ctx).length > 0 && /^[0-9a-f-]{36}$/i.test(ctx.params.teamId ?? '');
    throw known ? forbidden('Forbidden: the signed-in user is not a member of this team.', 'Forbidden') : notFound(`No team with id '${ctx.params.teamId}' was found.`, 'NotFound');
  }
  return team;
}

function memberChannel(ctx: HandlerContext): { team: TeamView; channel: { id: string; displayName: string } } {
  const team = memberTeam(ctx);
  const channel = team.channels.find((c) => c.id === ctx.params.channelId);
  if (!channel) throw notFound(`No channel with id '${ctx.params.channelId}' was found in this team.`, 'NotFound');
  // The channel's messages live under a chats row of its own, made once.
  ctx.db.prepare("INSERT OR IGNORE INTO chats (id, topic, chat_type, online_meeting_id, created_ms, modified_ms) VALUES (?, ?, 'channel', NULL, ?, ?)").run(channel.id, channel.displayName, ctx.now, ctx.now);
  return { team, channel };
}

function listTeams(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const items = teamsOf(ctx).map((t) => ({ id: t.id, displayName: t.displayName, description: t.description, isArchived: false, tenantId: null }));
  return json(200, collectionBody(ctx, items, { defaultTop: 100, maxTop: 999, context: `${ctx.baseUrl}/$metadata#teams` }));
}

function listChannels(ctx: HandlerContext): EmuResponse {
  const team = memberTeam(ctx);
  const items = team.channels.map((c) => ({ id: c.id, displayName: c.displayName, description: null, membershipType: 'standard', createdDateTime: null, webUrl: null }));
  return json(200, collectionBody(ctx, items, { defaultTop: 100, maxTop: 999, context: `${ctx.baseUrl}/$metadata#teams('${team.id}')/channels` }));
}

function channelMessageJson(ctx: HandlerContext, row: ChatMessageRow, team: TeamView): Record<string, unknown> {
  return { ...messageJson(ctx.db, row), chatId: null, channelIdentity: { teamId: team.id, channelId: row.chat_id } };
}

function listChannelMessages(ctx: HandlerContext): EmuResponse {
  const { team, channel } = memberChannel(ctx);
  const rows = ctx.db.prepare('SELECT * FROM chat_messages WHERE chat_id = ? ORDER BY created_ms DESC, CAST(id AS INTEGER) DESC').all(channel.id) as ChatMessageRow[];
  return json(200, collectionBody(ctx, rows.map((r) => channelMessageJson(ctx, r, team)), { defaultTop: 20, maxTop: 50 }));
}

function postChannelMessage(ctx: HandlerContext): EmuResponse {
  const { team, channel } = memberChannel(ctx);
  const row = insertChatMessage(ctx, channel.id);
  return json(201, channelMessageJson(ctx, row, team));
}

export function register(router: Router): void {
  // /me/joinedTeams arrives as /users/{signed-in id}/joinedTeams (router.ts rewriteMe).
  router.get('/v1.0/users/:userId/joinedTeams', listTeams);
  router.get('/v1.0/teams/:teamId/channels', listChannels);
  router.get('/v1.0/teams/:teamId/channels/:channelId/messages', listChannelMessages);
  router.post('/v1.0/teams/:teamId/channels/:channelId/messages', postChannelMessage);
}
