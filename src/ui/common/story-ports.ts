// What the Stories tab needs: everyone reads the published stories ("What 45 minutes did"); a
// program manager also sees the consented sessions' stories to edit, publish, unpublish and share to
// a Teams channel. Types only; src/hosts/tab/story-effects.ts implements them over Graph.
import type { PublishedStory, StoryStatus } from '../../domain/story-record';
import type { SuccessStory } from '../../domain/success-story';

/** One consented session's story as the program manager works on it. */
export interface StoryEntry {
  /** Stored (or drafted from the session, anonymised, when nothing is stored yet). */
  story: SuccessStory;
  /** 'new': drafted from the session, not saved yet. */
  status: StoryStatus | 'new';
  heldAt: number;
  publishedAt?: number;
  /** Names that must stay out of an edit (the mentee's and the mentor's); for checkStory. */
  names: string[];
  emails: string[];
  /** Where it was shared, once it was. */
  sharedTo?: string;
  /** Opaque: what a save is made against. */
  version?: string;
}

export interface StoriesToPublish {
  entries: StoryEntry[];
  /** Stories unpublished just now because their mentee withdrew consent. */
  withdrawn: number;
  /** Rows of the SuccessStories list that could not be read, with why. */
  unreadable: string[];
}

export interface ChannelChoice {
  teamId: string;
  teamName: string;
  channelId: string;
  channelName: string;
}

export interface StoriesPort {
  /** Published stories whose mentee still consents, newest first; of one topic when given. */
  published(topic?: string): Promise<PublishedStory[]>;
  /** Program managers: every consented session with a result, as a story to edit. */
  toPublish(): Promise<StoriesToPublish>;
  /** Saves the edited story with the status asked for (checked again; refusals name the field). */
  save(entry: StoryEntry, story: SuccessStory, status: 'draft' | 'published' | 'unpublished'): Promise<StoryEntry>;
  /** Teams channels the program manager may post to (needs the optional channel permissions). */
  channels(): Promise<ChannelChoice[]>;
  /** Posts a published story to the channel once, and records it. */
  share(entry: StoryEntry, channel: ChannelChoice): Promise<StoryEntry>;
}
