// After the session: the mentee records the result against the stated success, thanks the mentor
// and may let the program share the story; the mentor suggests a follow-up session (the next one of
// a sequence) and the mentee books it, prefilled with the actions carried over.
import { Checkbox, Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChecklistRole } from '../../domain/checklists';
import { RESULT_LABELS } from '../../domain/render-chat-messages';
import { SESSION_RESULTS, type Session, type SessionResult } from '../../domain/session';
import type { SessionEdit } from '../../domain/session-edits';
import type { PanelSession } from '../common/session-panel-ports';
import { FollowUpSession } from './follow-up-session';
import { SequenceResult } from './sequence-result';
import { ThankYouNote } from './thank-you-note';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface CloseTheLoopProps {
  panel: PanelSession;
  session: Session;
  role: ChecklistRole | undefined;
  onEdit: (...edits: SessionEdit[]) => void;
  withRecord: (op: (current: PanelSession) => Promise<PanelSession>) => Promise<PanelSession>;
}

export function CloseTheLoop({ panel, session, role, onEdit, withRecord }: CloseTheLoopProps) {
  const styles = useStyles();
  const mentee = role === 'mentee';

  return (
    <section className={styles.root} aria-labelledby="close-heading" data-testid="close-the-loop">
      <Text as="h3" id="close-heading" weight="semibold" size={400}>
        Close the loop
      </Text>
      {mentee ? (
        <>
          <Field label={`Did you reach what success looked like? (${session.success || 'as you stated it'})`}>
            <RadioGroup value={session.result ?? ''} onChange={(_, d) => onEdit({ type: 'result', result: d.value as SessionResult }, { type: 'complete' })}>
              {SESSION_RESULTS.map((r) => (
                <Radio key={r} value={r} label={RESULT_LABELS[r]} data-testid="session-result" />
              ))}
            </RadioGroup>
          </Field>
          <ThankYouNote panel={panel} session={session} withRecord={withRecord} />
          <Checkbox
            data-testid="share-story"
            checked={session.shareStory}
            onChange={(_, d) => onEdit({ type: 'share-story', consent: d.checked === true })}
            label="The program may share this session's story anonymously (no names, only the topic, the goal and how it went) to show others what micro-mentoring can do."
          />
          {session.shareStory ? (
            <Text size={200} className={styles.muted} data-testid="share-story-withdraw">
              Untick to withdraw your consent at any time: a published story is taken down at once.
            </Text>
          ) : null}
          {session.shareStory ? (
            <Checkbox
              data-testid="share-department"
              checked={session.shareDepartment ?? false}
              onChange={(_, d) => onEdit({ type: 'share-department', allow: d.checked === true })}
              label="The story may also say which department I work in (otherwise it names no department)."
            />
          ) : null}
        </>
      ) : (
        <Text data-testid="session-result-shown">{session.result ? `${panel.mentee.displayName}: ${RESULT_LABELS[session.result]}.` : `${panel.mentee.displayName} has not recorded the result yet.`}</Text>
      )}
      <SequenceResult session={session} mentee={mentee} menteeName={panel.mentee.displayName} onEdit={onEdit} />
      <FollowUpSession panel={panel} session={session} role={role} onEdit={onEdit} />
    </section>
  );
}
