/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { fakeTabPorts } from '../common/fake-tab-ports';
import { renderWithPorts, stubResizeObserver } from '../common/render-with-ports';
import { TabApp } from '../tab/tab-app';
import { fakeEntry, fakeStoriesPort } from './fake-stories-port';

beforeAll(stubResizeObserver);

describe('the Stories tab', () => {
  it('is there for everyone, downloads when opened, and shows a mentee only the published stories', async () => {
    renderWithPorts(<TabApp />, { ...fakeTabPorts(), stories: fakeStoriesPort({ entries: [fakeEntry()] }).port });
    fireEvent.click(screen.getByRole('tab', { name: 'Stories' }));
    expect(await screen.findByRole('heading', { name: 'What 45 minutes did' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'To publish' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('story-editor')).not.toBeInTheDocument();
  });

  it('opens on the stories to publish for the program manager', async () => {
    renderWithPorts(<TabApp />, { ...fakeTabPorts({ viewer: { isProgramManager: true } }), stories: fakeStoriesPort({ entries: [fakeEntry()] }).port });
    fireEvent.click(screen.getByRole('tab', { name: 'Stories' }));
    expect(await screen.findByTestId('story-editor')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'What 45 minutes did' }));
    expect(await screen.findByText('No stories yet')).toBeInTheDocument();
  });
});
