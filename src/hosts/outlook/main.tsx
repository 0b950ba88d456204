import type { HostContext } from '../../domain/host-context';
import { AppShell } from '../../ui/app-shell';
import { ComposeIntro } from '../../ui/compose-intro';
import { SignInStatus } from '../../ui/sign-in-status';
import { NoHostError, isFramed, withTimeout, type HostConnection } from '../host-connection';
import { mountSurface } from '../mount-surface';
import { connectToOutlook, officeIsLoaded } from './office-host';
import { connectToWorkbench } from './workbench-port';
import { useGraphSession } from '../use-graph-session';

const HOST_TIMEOUT_MS = 8000;

async function connect(): Promise<HostConnection> {
  if (!isFramed()) {
    if (!officeIsLoaded()) throw new NoHostError('this page is not inside Outlook');
    return connectToOutlook().catch(() => {
      throw new NoHostError('this page is not inside Outlook');
    });
  }
  // Whichever host answers first wins: Outlook through Office.js, or the local workbench.
  const candidates: Promise<HostConnection>[] = [connectToWorkbench()];
  if (officeIsLoaded()) candidates.push(connectToOutlook().catch(() => new Promise<never>(() => undefined)));
  return withTimeout(Promise.race(candidates), HOST_TIMEOUT_MS, 'Outlook did not answer');
}

function Surface({ context }: { context: HostContext }) {
  const { state, retry } = useGraphSession(context);
  return (
    <AppShell context={context} title="Micromentor · Ask an expert" status={<SignInStatus state={state} onRetry={retry} />}>
      <ComposeIntro />
    </AppShell>
  );
}

mountSurface(connect, (context) => <Surface context={context} />);
