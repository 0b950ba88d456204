import { withdrawnRecord, type StoryRecord } from '../domain/story-record';
import { changedStoryFields, fieldsToStory, storyToFields } from './story-fields';

const record: StoryRecord = {
  story: { sessionKey: 'k-1', topic: 'negotiation', goal: 'Prepare the renewal', success: 'A walk-away point', result: 'met', actions: ['Write it down'], department: 'Finance' },
  status: 'published',
  publishedAt: Date.UTC(2030, 0, 2),
  heldAt: Date.UTC(2030, 0, 1),
  channel: { teamId: 't', channelId: 'c', channelName: 'Contoso › General', messageId: '17' },
};

describe('story fields', () => {
  it('reads back what it writes', () => {
    expect(fieldsToStory('3', storyToFields(record))).toEqual(record);
    const gone = withdrawnRecord(record);
    expect(fieldsToStory('3', storyToFields(gone))).toEqual(gone);
  });

  it('writes only the columns that changed', () => {
    expect(changedStoryFields(record, { ...record, status: 'unpublished' })).toEqual({ Status: 'unpublished' });
  });

  it('names the column of a row edited by hand into something unusable', () => {
    expect(() => fieldsToStory('3', { ...storyToFields(record), Status: 'live' })).toThrow(expect.objectContaining({ code: 'invalid', field: 'Status' }));
    expect(() => fieldsToStory('3', { ...storyToFields(record), Actions: '{oops' })).toThrow(expect.objectContaining({ field: 'Actions' }));
    expect(() => fieldsToStory('3', { ...storyToFields(record), PublishedAtUtc: 'yesterday' })).toThrow(expect.objectContaining({ field: 'PublishedAtUtc' }));
  });
});
