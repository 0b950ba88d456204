// The found session in the host's layout: one narrow column in the side panel (down to Teams'
// ~280 px), two columns in a wide chat or details tab, and only the clock on the stage.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ChecklistRole } from '../../domain/checklists';
import { roleIn } from '../../domain/session-edits';
import type { PanelSession } from '../common/session-panel-ports';
import { AgreedActions } from './agreed-actions';
import { CloseTheLoop } from './close-the-loop';
import { EditRefusals } from './edit-refusals';
import { FollowUpResourceField } from './follow-up-resource-field';
import { PinButtons } from './pin-buttons';
import { ReferralPicker } from './referral-picker';
import { SessionChecklists } from './session-checklists';
import { SessionHeader } from './session-header';
import { ShareToStage } from './share-to-stage';
import { useSessionPorts } from './session-ports-context';
import { StageView } from './stage-view';
import { SyncStatusLine } from './sync-status';
import { TimeBoxTimer } from './time-box-timer';
import { usePassed } from './use-passed';
import { timeBoxStateOf } from './use-time-box-view';
import { useSessionPanel } from './use-session-panel';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  wide: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalL,
    '@media (min-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalXXL },
  },
});

export function SessionPanel({ initial }: { initial: PanelSession }) {
  const ports = useSessionPorts();
  const styles = useStyles();
  const model = useSessionPanel(initial);
  const { session, panel } = model;
  // The loop closes once the time box has ended or the meeting's end has passed.
  const endPassed = usePassed(session.end);
  const ended = endPassed || timeBoxStateOf(session).status === 'ended' || session.status === 'completed';
  if (ports.layout === 'stage') return <StageView session={session} />;

  const role: ChecklistRole | undefined = roleIn(session, ports.viewer.id);
  const names: Record<ChecklistRole, string> = { mentee: panel.mentee.displayName, mentor: panel.mentor.displayName };
  const otherName = role === 'mentor' ? names.mentee : names.mentor;

  const first = (
    <div className={styles.column}>
      <SessionHeader session={session} {...(panel.previous ? { previous: panel.previous } : {})} otherName={otherName} />
      <TimeBoxTimer session={session} canControl={role !== undefined} onEdit={model.edit} />
      <ShareToStage />
    </div>
  );
  const second = (
    <div className={styles.column}>
      <SessionChecklists session={session} role={role} names={names} onEdit={model.edit} />
      <AgreedActions session={session} role={role} names={names} onEdit={model.edit} />
      <FollowUpResourceField {...(session.followUp ? { resource: session.followUp } : {})} canEdit={role === 'mentor'} onEdit={model.edit} />
      <ReferralPicker topic={session.topic} {...(session.referral ? { referral: session.referral } : {})} canEdit={role === 'mentor'} onEdit={model.edit} />
      {role ? <PinButtons withRecord={model.withRecord} /> : null}
      {ended ? <CloseTheLoop panel={panel} session={session} role={role} onEdit={model.edit} withRecord={model.withRecord} /> : null}
    </div>
  );
  return (
    <div className={styles.column}>
      <div className={mergeClasses(ports.layout === 'side-panel' ? styles.column : styles.wide)}>
        {first}
        {second}
      </div>
      <EditRefusals refused={model.refused} onDismiss={model.dismissRefusals} />
      <SyncStatusLine status={model.status} {...(model.problem ? { problem: model.problem } : {})} onRetry={model.retry} />
    </div>
  );
}
