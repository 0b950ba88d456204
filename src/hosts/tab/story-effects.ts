// Success stories over Graph: everyone reads the published ones (checked against consent on every
// read); a program manager drafts them from the consented sessions (anonymised by the domain, the
// department only where the mentee allowed it), edits, publishes, unpublishes and shares them to a
// Teams channel. Each read of the manager's list also withdraws any story whose mentee has withdrawn
// consent since, so consent holds even if the side panel's own withdrawal failed.
import type { User } from '@microsoft/microsoft-graph-types';
import type { StoryRecord } from '../../domain/story-record';
import { checkStory, draftStory, type StoryPeople, type SuccessStory } from '../../domain/success-story';
import type { ChannelChoice, StoriesPort, StoryEntry } from '../../ui/common/story-ports';
import { GatewayError } from '../../graph/gateway-error';
import { changedStoryFields } from '../../graph/story-fields';
import {
  consentedKeys,
  createStoryOnce,
  readAllStories,
  readConsentedSessions,
  readPublishedStories,
  readStory,
  updateStory,
  withdrawLostConsent,
  type StoriesList,
  type StoredStory,
} from '../../graph/story-store';
import { joinedTeams, shareStoryOnce, teamChannels } from '../../graph/team-channels';
import { lookUpUsers } from '../../graph/user-lookup';
import { withPortErrors } from '../port-errors';
import type { TabDeps } from './tab-deps';

const port = withPortErrors;

/** itemId and ETag of a stored story, in one opaque string for the screen. */
const versionOf = (s: StoredStory) => `${s.itemId}:${s.etag}`;
function parseVersion(version: string | undefined): { itemId: string; etag: string } | undefined {
  const at = version?.indexOf(':') ?? -1;
  return version && at > 0 ? { itemId: version.slice(0, at), etag: version.slice(at + 1) } : undefined;
}

function peopleOf(mentee: User | undefined, mentor: User | undefined, showDepartment: boolean): StoryPeople {
  const names = [mentee?.displayName, mentor?.displayName].filter((n): n is string => !!n);
  const emails = [mentee?.mail, mentee?.userPrincipalName, mentor?.mail, mentor?.userPrincipalName].filter((e): e is string => !!e).map((e) => e.toLowerCase());
  return { names, emails, ...(mentee?.department ? { department: mentee.department } : {}), showDepartment };
}

export function createStoriesPort(deps: TabDeps, lists: { storiesList: string }): StoriesPort {
  const { graph, site, viewer, now } = deps;
  const list: StoriesList = { siteId: site.siteId, list: lists.storiesList };

  function managersOnly(): void {
    if (!viewer.isProgramManager) throw new GatewayError('forbidden', 'Only the program manager drafts and publishes stories.');
  }

  async function toPublish() {
    managersOnly();
    const [sessions, stored] = await Promise.all([readConsentedSessions(graph, site), readAllStories(graph, list)]);
    const consented = new Set(sessions.filter((s) => s.session.status !== 'cancelled').map((s) => s.session.key));
    // Stories whose session lost consent (or was never in the consented read) are withdrawn now.
    const elsewhere = stored.stories.filter((s) => !consented.has(s.record.story.sessionKey)).map((s) => s.record.story.sessionKey);
    const alsoConsented = elsewhere.length > 0 ? await consentedKeys(graph, site, elsewhere) : new Set<string>();
    const withdrawn = await withdrawLostConsent(graph, list, stored.stories, new Set([...consented, ...alsoConsented]));
    const byKey = new Map(stored.stories.map((s) => [s.record.story.sessionKey, s]));
    const users = await lookUpUsers(graph, sessions.flatMap((s) => [s.session.menteeId, s.session.mentorId]));
    const entries: StoryEntry[] = [];
    for (const { session } of sessions) {
      const people = peopleOf(users.get(session.menteeId), users.get(session.mentorId), session.shareDepartment ?? false);
      const draft = draftStory(session, people);
      if (!draft) continue;
      const found = byKey.get(session.key);
      const keep = found && !found.record.erased ? found : undefined;
      // The department follows the mentee's choice now, whatever was stored.
      const story: SuccessStory = keep ? { ...keep.record.story } : draft;
      if (!people.showDepartment) delete story.department;
      entries.push({
        story,
        status: keep ? keep.record.status : 'new',
        heldAt: session.timeBox?.startedAt ?? session.start,
        ...(keep?.record.publishedAt !== undefined ? { publishedAt: keep.record.publishedAt } : {}),
        names: [...people.names],
        emails: [...people.emails],
        ...(keep?.record.channel?.messageId ? { sharedTo: keep.record.channel.channelName } : {}),
        ...(found ? { version: versionOf(found) } : {}),
      });
    }
    entries.sort((a, b) => b.heldAt - a.heldAt);
    return { entries, withdrawn, unreadable: stored.unreadable.map((u) => u.message) };
  }

  function entryOf(before: StoryEntry, stored: StoredStory): StoryEntry {
    const r = stored.record;
    return {
      ...before,
      story: r.story,
      status: r.status,
      ...(r.publishedAt !== undefined ? { publishedAt: r.publishedAt } : {}),
      ...(r.channel?.messageId ? { sharedTo: r.channel.channelName } : {}),
      version: versionOf(stored),
    };
  }

  async function save(entry: StoryEntry, edited: SuccessStory, status: 'draft' | 'published' | 'unpublished'): Promise<StoryEntry> {
    managersOnly();
    // The screen checked; the port checks again, so nothing named or too long is ever written.
    const story: SuccessStory = { ...edited, sessionKey: entry.story.sessionKey, topic: entry.story.topic, result: entry.story.result, goal: edited.goal.trim(), success: edited.success.trim(), actions: edited.actions.map((a) => a.trim()).filter(Boolean) };
    if (entry.story.department) story.department = entry.story.department;
    else delete story.department;
    const refused = checkStory(story, { names: entry.names, emails: entry.emails });
    if (refused[0]) throw new GatewayError('invalid', refused[0].message, undefined, undefined, undefined, refused[0].field);
    if (status !== 'unpublished' && !(await consentedKeys(graph, site, [story.sessionKey])).has(story.sessionKey)) {
      throw new GatewayError('conflict', 'The mentee has withdrawn their consent meanwhile: this story can no longer be saved or published.');
    }
    const publishedAt = status === 'published' ? (entry.status === 'published' && entry.publishedAt !== undefined ? entry.publishedAt : now()) : entry.publishedAt;
    const wanted = (latest?: StoryRecord): StoryRecord => ({
      story,
      status,
      heldAt: entry.heldAt,
      ...(publishedAt !== undefined ? { publishedAt } : {}),
      ...(latest?.channel ? { channel: latest.channel } : {}),
    });
    const known = parseVersion(entry.version);
    // One story per session: a create that finds one (another manager, an earlier try) edits that one.
    const stored = known ? await readStory(graph, list, known.itemId) : await createStoryOnce(graph, list, wanted());
    const saved = Object.keys(changedStoryFields(stored.record, wanted(stored.record))).length === 0 ? stored : await updateStory(graph, list, stored, wanted);
    return entryOf(entry, saved);
  }

  async function channels(): Promise<ChannelChoice[]> {
    managersOnly();
    const teams = await joinedTeams(graph);
    const perTeam = await Promise.all(teams.map(async (t) => (await teamChannels(graph, t.id)).map((c) => ({ teamId: t.id, teamName: t.displayName, channelId: c.id, channelName: c.displayName }))));
    return perTeam.flat();
  }

  async function share(entry: StoryEntry, channel: ChannelChoice): Promise<StoryEntry> {
    managersOnly();
    const known = parseVersion(entry.version);
    if (!known || entry.status !== 'published') throw new GatewayError('invalid', 'Publish the story first; then share it to a channel.');
    const stored = await readStory(graph, list, known.itemId);
    const shared = await shareStoryOnce(graph, list, stored, { teamId: channel.teamId, channelId: channel.channelId, channelName: `${channel.teamName} › ${channel.channelName}` }, { now, wait: deps.wait });
    return entryOf(entry, shared);
  }

  return {
    published: port((topic?: string) => readPublishedStories(graph, list, site, topic ? { topic } : {})),
    toPublish: port(toPublish),
    save: port(save),
    channels: port(channels),
    share: port(share),
  };
}
