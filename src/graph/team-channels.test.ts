import type { StoredStory } from './story-store';
import type { GraphConnection } from './graph-client';
import { storyToFields } from './story-fields';
import { CHANNELS_NOT_GRANTED, joinedTeams, shareStoryOnce, teamChannels } from './team-channels';

const refusal = Object.assign(new Error('Missing scope permissions on the request.'), { statusCode: 403, code: 'Forbidden' });

/**
 * A Graph client that refuses what the optional channel permissions cover (teams, channels, channel
 * messages) and records every write to the story list, as Entra refuses a permission not granted.
 */
function refusingChannels(patches: Record<string, unknown>[]): GraphConnection {
  // PATCH …/fields answers with the whole field set, as SharePoint does.
  let fields: Record<string, unknown> = storyToFields(stored.record);
  const request = (path: string): Record<string, unknown> => {
    const r: Record<string, unknown> = {};
    for (const step of ['filter', 'select', 'top', 'header', 'expand', 'orderby']) r[step] = () => r;
    r.get = async () => {
      throw refusal;
    };
    r.post = async () => {
      throw refusal;
    };
    r.patch = async (changed: Record<string, unknown>) => {
      if (!path.includes('/lists/')) throw refusal;
      patches.push(changed);
      fields = { ...fields, ...changed };
      return { ...fields, '@odata.etag': `"e${patches.length}"` };
    };
    return r;
  };
  return { client: { api: request } } as unknown as GraphConnection;
}

const stored: StoredStory = {
  itemId: '4',
  etag: '"e0"',
  record: { story: { sessionKey: 'k-1', topic: 'negotiation', goal: 'Prepare the renewal', success: 'A walk-away point', result: 'met', actions: [] }, status: 'published', publishedAt: 1 },
};
const target = { teamId: '00000000-0000-4000-9000-000000000000', channelId: '19:abc@thread.tacv2', channelName: 'Contoso › General' };

describe('sharing to a channel without the optional permissions', () => {
  it('says which permissions an admin must grant, and that the story stays published', async () => {
    const patches: Record<string, unknown>[] = [];
    await expect(joinedTeams(refusingChannels(patches))).rejects.toMatchObject({ code: 'forbidden', message: CHANNELS_NOT_GRANTED });
    await expect(teamChannels(refusingChannels(patches), target.teamId)).rejects.toMatchObject({ code: 'forbidden' });
    expect(CHANNELS_NOT_GRANTED).toMatch(/ChannelMessage\.Send/);
    expect(CHANNELS_NOT_GRANTED).toMatch(/The story is published/);
  });

  it('takes its claim back when the post is refused, so a later share (once granted) posts without doubt', async () => {
    const patches: Record<string, unknown>[] = [];
    await expect(shareStoryOnce(refusingChannels(patches), { siteId: 's', list: 'SuccessStories' }, stored, target, { now: () => 0, holder: 'me' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(patches).toHaveLength(2);
    expect(JSON.parse(String(patches[0]!.ChannelPost))).toMatchObject({ channel: { attempted: true, claim: { holder: 'me' } } });
    expect(patches[1]!.ChannelPost).toBeNull();
  });
});
