import { AppShell } from '../../ui/app-shell';
import { DirectoryIntro } from '../../ui/directory-intro';
import { mountSurface } from '../mount-surface';
import { connectToTeams } from '../teams-host';

mountSurface(
  () => connectToTeams('tab'),
  (context) => (
    <AppShell context={context} title="Micromentor · Find an expert">
      <DirectoryIntro />
    </AppShell>
  ),
);
