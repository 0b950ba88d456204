// A story record as the columns of the SuccessStories list, and back. The list can be edited by hand
// in Microsoft Lists, so every value read is checked; a row the app cannot use is left out of
// everyone's stories (never shown half) and named to the program manager.
import * as z from 'zod/mini';
import { SESSION_RESULTS } from '../domain/session';
import { STORY_LIMITS } from '../domain/success-story';
import { STORY_STATUSES, type ChannelShare, type StoryRecord } from '../domain/story-record';
import { GatewayError } from './gateway-error';
import { idProblem } from './graph-ids';

export type StoryFields = Record<string, string | number | boolean | null>;

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

export function storyToFields(r: StoryRecord): StoryFields {
  return {
    Title: r.story.topic.slice(0, 255),
    SessionKey: r.story.sessionKey,
    Status: r.status,
    PublishedAtUtc: iso(r.publishedAt),
    Topic: r.story.topic.slice(0, 255),
    Goal: r.story.goal,
    Success: r.story.success,
    Result: r.story.result,
    Actions: JSON.stringify(r.story.actions),
    Department: r.story.department ?? null,
    HeldAtUtc: iso(r.heldAt),
    ChannelPost: r.channel || r.erased ? JSON.stringify({ ...(r.channel ? { channel: r.channel } : {}), ...(r.erased ? { erased: true } : {}) }) : null,
  };
}

/** Only the columns that differ, so a save never rewrites what another manager changed. */
export function changedStoryFields(before: StoryRecord, after: StoryRecord): StoryFields {
  const a = storyToFields(before);
  const b = storyToFields(after);
  return Object.fromEntries(Object.keys(b).filter((k) => a[k] !== b[k]).map((k) => [k, b[k] ?? null]));
}

const actionsSchema = z.array(z.string().check(z.maxLength(STORY_LIMITS.actionMax * 2))).check(z.maxLength(STORY_LIMITS.actionsMax * 2));
const postSchema = z.object({
  channel: z.optional(
    z.object({
      teamId: z.string().check(z.minLength(1), z.maxLength(200)),
      channelId: z.string().check(z.minLength(1), z.maxLength(300)),
      channelName: z.string().check(z.maxLength(600)),
      messageId: z.optional(z.string().check(z.regex(/^\d{1,20}$/))),
      claim: z.optional(z.object({ holder: z.string().check(z.minLength(1)), expiresAt: z.number() })),
      attempted: z.optional(z.boolean()),
    }),
  ),
  erased: z.optional(z.boolean()),
});

const refuse = (itemId: string, column: string, why: string): never => {
  throw new GatewayError('invalid', `Story ${itemId} in the SuccessStories list has a ${column} Micromentor cannot use: ${why} Correct it in Microsoft Lists, or unpublish and publish the story again.`, undefined, undefined, undefined, column);
};

function instant(itemId: string, column: string, v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(ms) ? ms : refuse(itemId, column, 'it must be a date and time.');
}

function textOf(itemId: string, column: string, v: unknown, max: number): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') return refuse(itemId, column, 'it must be text.');
  return v.length > max ? refuse(itemId, column, `it must be at most ${max} characters.`) : v;
}

export function fieldsToStory(itemId: string, f: Record<string, unknown>): StoryRecord {
  const key = f.SessionKey;
  if (idProblem('session key', key)) refuse(itemId, 'SessionKey', 'it must be the key of a session.');
  const status = STORY_STATUSES.find((s) => s === f.Status) ?? refuse(itemId, 'Status', `it may be one of ${STORY_STATUSES.join(', ')}.`);
  const result = SESSION_RESULTS.find((r) => r === f.Result) ?? refuse(itemId, 'Result', `it may be one of ${SESSION_RESULTS.join(', ')}.`);
  let actions: string[] = [];
  let post: { channel?: ChannelShare; erased?: boolean } = {};
  try {
    actions = f.Actions ? actionsSchema.parse(JSON.parse(String(f.Actions))) : [];
  } catch {
    refuse(itemId, 'Actions', 'it must be a list of short texts.');
  }
  try {
    post = f.ChannelPost ? postSchema.parse(JSON.parse(String(f.ChannelPost))) : {};
  } catch {
    refuse(itemId, 'ChannelPost', 'it must be the channel post record Micromentor writes, or empty.');
  }
  const department = textOf(itemId, 'Department', f.Department, 255);
  const publishedAt = instant(itemId, 'PublishedAtUtc', f.PublishedAtUtc);
  const heldAt = instant(itemId, 'HeldAtUtc', f.HeldAtUtc);
  return {
    story: {
      sessionKey: key as string,
      topic: textOf(itemId, 'Topic', f.Topic, 255),
      goal: textOf(itemId, 'Goal', f.Goal, STORY_LIMITS.textMax),
      success: textOf(itemId, 'Success', f.Success, STORY_LIMITS.textMax),
      result,
      actions,
      ...(department ? { department } : {}),
    },
    status,
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(heldAt !== undefined ? { heldAt } : {}),
    ...(post.channel ? { channel: post.channel } : {}),
    ...(post.erased ? { erased: true } : {}),
  };
}
