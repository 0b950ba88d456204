import { AppShell } from '../../ui/app-shell';
import { SessionIntro } from '../../ui/session-intro';
import { mountSurface } from '../mount-surface';
import { connectToTeams } from '../teams-host';

mountSurface(
  () => connectToTeams('side-panel'),
  (context) => (
    <AppShell context={context} title="Micromentor · This session">
      <SessionIntro inMeeting={Boolean(context.chatId)} />
    </AppShell>
  ),
);
