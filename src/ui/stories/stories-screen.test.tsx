/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeTabPorts } from '../common/fake-tab-ports';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import { fakeEntry, fakeStoriesPort } from './fake-stories-port';
import { StoriesScreen } from './stories-screen';

beforeAll(stubResizeObserver);

const published = (key: string, topic: string, publishedAt: number, goal = `Goal ${key}`) => ({ story: { sessionKey: key, topic, goal, success: 'It worked', result: 'met' as const, actions: [] }, status: 'published' as const, publishedAt });

describe('Stories, for everyone', () => {
  it('lists published stories newest first and filters them by topic', async () => {
    const fake = fakeStoriesPort({ records: [published('a', 'negotiation', 1), published('b', 'public speaking', 3, '<b>Open</b> my talk'), published('c', 'negotiation', 2)] });
    renderWithPorts(<StoriesScreen stories={fake.port} />, fakeTabPorts());
    expect(await screen.findByRole('heading', { name: 'What 45 minutes did' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('story-goal').map((g) => g.textContent)).toEqual(['<b>Open</b> my talk', 'Goal c', 'Goal a']));
    expect(screen.queryByTestId('manage-stories')).not.toBeInTheDocument();
    fireEvent.change(screen.getByTestId('story-topic'), { target: { value: 'negotiation' } });
    await waitFor(() => expect(screen.getAllByTestId('story-goal').map((g) => g.textContent)).toEqual(['Goal c', 'Goal a']));
    expect(fake.calls.topics).toEqual([undefined, 'negotiation']);
  });

  it('says so when there is no story yet', async () => {
    renderWithPorts(<StoriesScreen stories={fakeStoriesPort().port} />, fakeTabPorts());
    expect(await screen.findByText('No stories yet')).toBeInTheDocument();
  });
});

describe('Stories, for the program manager', () => {
  const manager = { isProgramManager: true };

  it('refuses an edit that puts a name back or empties a part, at its field, and publishes a clean one', async () => {
    const fake = fakeStoriesPort({ entries: [fakeEntry()] });
    renderWithPorts(<StoriesScreen stories={fake.port} />, fakeTabPorts({ viewer: manager }));
    const editor = await screen.findByTestId('story-editor');
    fireEvent.change(within(editor).getByTestId('story-edit-goal'), { target: { value: 'Priya prepared the renewal' } });
    fireEvent.change(within(editor).getByTestId('story-edit-success'), { target: { value: '  ' } });
    fireEvent.click(within(editor).getByTestId('story-publish'));
    expect(await within(editor).findByText(/names the mentee or the mentor/)).toBeInTheDocument();
    expect(within(editor).getByText('This part of the story must not be empty.')).toBeInTheDocument();
    expect(fake.calls.saved).toEqual([]);

    fireEvent.change(within(editor).getByTestId('story-edit-goal'), { target: { value: 'Prepare the renewal' } });
    fireEvent.change(within(editor).getByTestId('story-edit-success'), { target: { value: 'A walk-away point' } });
    fireEvent.click(within(editor).getByTestId('story-publish'));
    expect(await within(editor).findByTestId('story-note')).toHaveTextContent('Published');
    expect(within(editor).getByTestId('story-status')).toHaveTextContent('Published');
    expect(fake.calls.saved).toEqual([{ status: 'published', goal: 'Prepare the renewal' }]);
    fireEvent.click(within(editor).getByTestId('story-unpublish'));
    await waitFor(() => expect(within(editor).getByTestId('story-status')).toHaveTextContent('Unpublished'));
  });

  it('shares to the channel picked at publish time', async () => {
    const channel = { teamId: 't', teamName: 'Contoso', channelId: 'c', channelName: 'Success stories' };
    const fake = fakeStoriesPort({ entries: [fakeEntry()], channels: [channel] });
    renderWithPorts(<StoriesScreen stories={fake.port} />, fakeTabPorts({ viewer: manager }));
    const editor = await screen.findByTestId('story-editor');
    fireEvent.click(within(editor).getByTestId('story-share'));
    await within(editor).findByTestId('story-channel');
    fireEvent.click(within(editor).getByTestId('story-publish'));
    expect(await within(editor).findByTestId('story-note')).toHaveTextContent('shared in Contoso › Success stories');
    expect(fake.calls.shared).toEqual([channel]);
  });

  it('without the channel permission, says which one an admin must grant and still publishes', async () => {
    const refusal = { code: 'forbidden' as const, message: 'Sharing a story to a Teams channel needs the ChannelMessage.Send permission.' };
    const fake = fakeStoriesPort({ entries: [fakeEntry()], channels: refusal });
    renderWithPorts(<StoriesScreen stories={fake.port} />, fakeTabPorts({ viewer: manager }));
    const editor = await screen.findByTestId('story-editor');
    fireEvent.click(within(editor).getByTestId('story-share'));
    expect(await within(editor).findByTestId('story-share-unavailable')).toHaveTextContent('ChannelMessage.Send');
    fireEvent.click(within(editor).getByTestId('story-publish'));
    expect(await within(editor).findByTestId('story-note')).toHaveTextContent('Published');
    expect(fake.calls.shared).toEqual([]);
  });
});

describe('Stories to publish, many of them', () => {
  it('shows ten editors at a time, and more on request', async () => {
    const entries = Array.from({ length: 13 }, (_, i) => fakeEntry({ story: { ...fakeEntry().story, sessionKey: `k-${i}` } }));
    renderWithPorts(<StoriesScreen stories={fakeStoriesPort({ entries }).port} />, fakeTabPorts({ viewer: { isProgramManager: true } }));
    await waitFor(() => expect(screen.getAllByTestId('story-editor')).toHaveLength(10));
    fireEvent.click(screen.getByTestId('stories-more'));
    expect(screen.getAllByTestId('story-editor')).toHaveLength(13);
    expect(screen.queryByTestId('stories-more')).not.toBeInTheDocument();
  });
});
