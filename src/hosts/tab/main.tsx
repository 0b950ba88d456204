import type { HostContext } from '../../domain/host-context';
import { AppShell } from '../../ui/app-shell';
import { DirectoryIntro } from '../../ui/directory-intro';
import { SignInStatus } from '../../ui/sign-in-status';
import { mountSurface } from '../mount-surface';
import { connectToTeams } from '../teams-host';
import { useGraphSession } from '../use-graph-session';

function Surface({ context }: { context: HostContext }) {
  const { state, retry } = useGraphSession(context);
  return (
    <AppShell context={context} title="Micromentor · Find an expert" status={<SignInStatus state={state} onRetry={retry} />}>
      <DirectoryIntro />
    </AppShell>
  );
}

mountSurface(
  () => connectToTeams('tab'),
  (context) => <Surface context={context} />,
);
