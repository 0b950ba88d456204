// The configuration page Teams shows when Micromentor is added to a meeting: there is nothing to
// choose, so it says what the tab does and saves at once with the side panel as its content.
import { app, pages } from '@microsoft/teams-js';
import { FluentProvider, Text, teamsLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { OutsideHost } from '../../ui/outside-host';
import { isFramed, withTimeout } from '../host-connection';

function ConfigPage() {
  return (
    <FluentProvider theme={teamsLightTheme} style={{ padding: 16 }}>
      <Text as="p">Micromentor adds the session&apos;s goal, both prep checklists and the time box to this meeting. Select Save to add it.</Text>
    </FluentProvider>
  );
}

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  if (!isFramed()) {
    root.render(<OutsideHost detail="this is the page Teams shows when adding Micromentor to a meeting" />);
    return;
  }
  await withTimeout(app.initialize(), 8000, 'Teams did not answer');
  root.render(<ConfigPage />);
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
  void app.notifySuccess();
}

main().catch((error: unknown) => {
  createRoot(document.getElementById('root')!).render(<OutsideHost detail={error instanceof Error ? error.message : String(error)} />);
});
