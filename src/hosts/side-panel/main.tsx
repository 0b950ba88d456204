import type { HostContext } from '../../domain/host-context';
import { AppShell } from '../../ui/app-shell';
import { SessionIntro } from '../../ui/session-intro';
import { SignInStatus } from '../../ui/sign-in-status';
import { mountSurface } from '../mount-surface';
import { connectToTeams } from '../teams-host';
import { useGraphSession } from '../use-graph-session';

function Surface({ context }: { context: HostContext }) {
  const { state, retry } = useGraphSession(context);
  return (
    <AppShell context={context} title="Micromentor · This session" status={<SignInStatus state={state} onRetry={retry} />}>
      <SessionIntro inMeeting={Boolean(context.chatId)} />
    </AppShell>
  );
}

mountSurface(
  () => connectToTeams('side-panel'),
  (context) => <Surface context={context} />,
);
