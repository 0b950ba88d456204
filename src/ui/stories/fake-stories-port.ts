// A fake StoriesPort for screen tests: stories in memory, calls recorded, failures on request.
import { showableStories, type StoryRecord } from '../../domain/story-record';
import type { ChannelChoice, StoriesPort, StoryEntry } from '../common/story-ports';
import type { PortError } from '../common/tab-ports';

export function fakeEntry(patch: Partial<StoryEntry> = {}): StoryEntry {
  return {
    story: { sessionKey: 'k-1', topic: 'negotiation', goal: 'Prepare the renewal with our largest supplier', success: 'A walk-away point', result: 'met', actions: ['Write the walk-away price down'] },
    status: 'new',
    heldAt: Date.UTC(2026, 1, 20, 10),
    names: ['Priya Natarajan', 'Daniel Okafor'],
    emails: ['priya.natarajan@contoso.example'],
    ...patch,
  };
}

export function fakeStoriesPort(options: { entries?: StoryEntry[]; records?: StoryRecord[]; channels?: ChannelChoice[] | PortError; now?: number } = {}) {
  const records: StoryRecord[] = [...(options.records ?? [])];
  const calls = { saved: [] as { status: string; goal: string }[], shared: [] as ChannelChoice[], topics: [] as (string | undefined)[] };
  const port: StoriesPort = {
    published: async (topic) => {
      calls.topics.push(topic);
      return showableStories(records.filter((r) => !topic || r.story.topic === topic), new Set(records.map((r) => r.story.sessionKey)));
    },
    toPublish: async () => ({ entries: options.entries ?? [], withdrawn: 0, unreadable: [] }),
    save: async (entry, story, status) => {
      calls.saved.push({ status, goal: story.goal });
      const publishedAt = status === 'published' ? (options.now ?? 1) : entry.publishedAt;
      records.splice(0, records.length, ...records.filter((r) => r.story.sessionKey !== story.sessionKey), { story, status, ...(publishedAt !== undefined ? { publishedAt } : {}) });
      return { ...entry, story, status, ...(publishedAt !== undefined ? { publishedAt } : {}), version: '1:"e"' };
    },
    channels: async () => {
      if (options.channels && !Array.isArray(options.channels)) throw options.channels;
      return options.channels ?? [];
    },
    share: async (entry, channel) => {
      calls.shared.push(channel);
      return { ...entry, sharedTo: `${channel.teamName} › ${channel.channelName}` };
    },
  };
  return { port, calls, records };
}
