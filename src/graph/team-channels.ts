// Sharing a published story as an Adaptive Card message in a Teams channel the program manager picks.
// Optional: it needs Team.ReadBasic.All and Channel.ReadBasic.All (to list) and ChannelMessage.Send
// (to post), which Micromentor does not ask for at sign-in; without them Graph answers 403 and the
// screen says which permission an admin must grant, while the story stays published.
// Channel posts have no idempotency key, so the story record (If-Match) decides who posts: a claim is
// written first, the message id after; a retry finds the id and never posts twice. A claim taken over
// from a client that died first looks in the channel for the card it may have posted (its marker).
import type { Channel, ChatMessage, Team } from '@microsoft/microsoft-graph-types';
import { cardChatMessage } from '../domain/render-adaptive-card';
import { renderStoryCard } from '../domain/render-story-card';
import { nextShareStep, sharedTo, type ChannelTarget } from '../domain/story-record';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { checkId } from './graph-ids';
import { readStory, updateStory, replaceStoryIfUnchanged, type StoriesList, type StoredStory } from './story-store';

export interface TeamChoice {
  id: string;
  displayName: string;
}

export const CHANNELS_NOT_GRANTED =
  'Sharing a story to a Teams channel needs the Team.ReadBasic.All, Channel.ReadBasic.All and ChannelMessage.Send permissions, which this organisation has not granted to Micromentor. The story is published in the app; ask your Microsoft 365 admin to grant them to share it in Teams too.';

const CLAIM_MS = 60_000;
const MAX_POST_TRIES = 3;
const MAX_ROUNDS = 12;

function channelFailure(error: unknown, doing: string): GatewayError {
  const failure = error instanceof GatewayError ? error : toGatewayError(error, doing);
  return failure.status === 403 ? new GatewayError('forbidden', CHANNELS_NOT_GRANTED, 403, failure.graphCode) : failure;
}

const channelPath = (t: ChannelTarget) => `/teams/${encodeURIComponent(checkId('group id', t.teamId))}/channels/${encodeURIComponent(checkId('chat id', t.channelId))}/messages`;

export async function joinedTeams(graph: GraphConnection): Promise<TeamChoice[]> {
  try {
    const page = (await graph.client.api('/me/joinedTeams').select('id,displayName').get()) as { value: Team[] };
    return page.value.filter((t): t is Team & { id: string } => !!t.id).map((t) => ({ id: t.id, displayName: t.displayName ?? t.id }));
  } catch (error) {
    throw channelFailure(error, 'reading your teams');
  }
}

export async function teamChannels(graph: GraphConnection, teamId: string): Promise<TeamChoice[]> {
  checkId('group id', teamId);
  try {
    const page = (await graph.client.api(`/teams/${encodeURIComponent(teamId)}/channels`).select('id,displayName').get()) as { value: Channel[] };
    return page.value.filter((c): c is Channel & { id: string } => !!c.id).map((c) => ({ id: c.id, displayName: c.displayName ?? c.id }));
  } catch (error) {
    throw channelFailure(error, "reading the team's channels");
  }
}

/** Our marker on the card: which story it is. */
const markerOf = (stored: StoredStory) => `micromentor-story-${checkId('session item id', stored.itemId)}`;

async function findPosted(graph: GraphConnection, target: ChannelTarget, marker: string): Promise<string | undefined> {
  try {
    const page = (await graph.client.api(channelPath(target)).top(50).get()) as { value: ChatMessage[] };
    return page.value.find((m) => m.attachments?.some((a) => a.id === marker))?.id ?? undefined;
  } catch (error) {
    const failure = channelFailure(error, 'looking in the channel');
    // Without the permission to read the channel we cannot tell whether the card went: never post blind.
    if (failure.code === 'forbidden') {
      throw new GatewayError('conflict', `An earlier share of this story to ${target.channelName} may have gone through. Look in the channel; Micromentor will not post it twice.`, 409);
    }
    throw failure;
  }
}

async function post(graph: GraphConnection, stored: StoredStory, target: ChannelTarget, lookFirst: boolean, wait: (ms: number) => Promise<void>): Promise<string> {
  const marker = markerOf(stored);
  const message = cardChatMessage(renderStoryCard(stored.record.story), marker);
  for (let attempt = 1; ; attempt++) {
    if (lookFirst || attempt > 1) {
      const found = await findPosted(graph, target, marker);
      if (found) return checkId('message id', found);
    }
    try {
      const created = (await graph.client.api(channelPath(target)).post(message)) as ChatMessage;
      if (created.id) return checkId('message id', created.id);
    } catch (error) {
      const failure = channelFailure(error, 'posting to the channel');
      const transient = failure.code === 'throttled' || failure.code === 'unavailable' || failure.code === 'offline';
      if (!transient || attempt >= MAX_POST_TRIES) throw failure;
      await wait(Math.min(30_000, failure.retryAfterMs ?? 1000 * attempt));
    }
  }
}

export interface ShareOptions {
  now?: () => number;
  wait?: (ms: number) => Promise<void>;
  holder?: string;
}

/** Posts the published story to the channel once, however often it is asked; returns the story as recorded. */
export async function shareStoryOnce(graph: GraphConnection, list: StoriesList, stored: StoredStory, target: ChannelTarget, options: ShareOptions = {}): Promise<StoredStory> {
  const now = options.now ?? Date.now;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const holder = options.holder ?? globalThis.crypto.randomUUID();
  let current = stored;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    if (current.record.status !== 'published' || current.record.erased) throw new GatewayError('conflict', 'Only a published story can be shared; it was unpublished meanwhile.');
    const step = nextShareStep(current.record.channel, target, holder, now(), CLAIM_MS);
    if (step.kind === 'done') return current;
    if (step.kind === 'wait') throw new GatewayError('conflict', 'Someone else is sharing this story right now. Try again in a minute.');
    const claimed = await replaceStoryIfUnchanged(graph, list, current, { ...current.record, channel: step.channel });
    if (!claimed) {
      current = await readStory(graph, list, current.itemId);
      continue;
    }
    let messageId: string;
    try {
      messageId = await post(graph, claimed, target, step.lookFirst, wait);
    } catch (error) {
      // Refused outright (no permission, no such channel): surely not posted, so the claim is taken back
      // and a later try (after the admin grants it) posts without doubt.
      if (error instanceof GatewayError && (error.code === 'forbidden' || error.code === 'not-found' || error.code === 'invalid')) {
        await updateStory(graph, list, claimed, (latest) => (latest.channel?.messageId ? latest : { ...latest, channel: undefined })).catch(() => undefined);
      }
      throw error;
    }
    return updateStory(graph, list, claimed, (latest) => ({ ...latest, channel: sharedTo(target, messageId) }));
  }
  throw new GatewayError('conflict', 'This story keeps changing while we share it. Reload and try again.', 412);
}
