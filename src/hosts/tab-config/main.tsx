// The configuration page Teams shows when Micromentor is added to a meeting: there is nothing to
// choose, so it says what the tab does and saves at once with the side panel as its content.
import { pages } from '@microsoft/teams-js';
import { MeetingTabSetup } from '../../ui/meeting-tab-setup';
import type { HostConnection } from '../host-connection';
import { mountSurface } from '../mount-surface';
import { connectToTeams } from '../teams-host';

async function connect(): Promise<HostConnection> {
  // pages.config is checked (isSupported, settings frame) before any of its calls.
  const connection = await connectToTeams('tab-config', ['pages.config']);
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({
        entityId: 'micromentor-session',
        contentUrl: `${window.location.origin}/side-panel.html`,
        websiteUrl: `${window.location.origin}/tab.html`,
        suggestedDisplayName: 'Micromentor',
      })
      .then(
        () => save.notifySuccess(),
        (error: unknown) => save.notifyFailure(error instanceof Error ? error.message : 'Micromentor could not be added.'),
      );
  });
  pages.config.setValidityState(true);
  return connection;
}

mountSurface(connect, (context) => <MeetingTabSetup theme={context.theme} />);
