import { Button, Checkbox, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { checklistFor, isDone, progress, type ChecklistRole } from '../../domain/checklists';
import { menteeChecklistFor } from '../../domain/skill-sequence';
import { ErrorState } from '../common/error-state';
import type { ChecklistSaverState } from './checklist-saver';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SessionChecklistProps {
  role: ChecklistRole;
  saver: ChecklistSaverState;
  editable: boolean;
  onToggle: (itemId: string, done: boolean) => void;
  onRetry: () => void;
}

/** One person's checklist for one session: ticks save as they are made; a conflict waits for the person. */
export function SessionChecklist({ role, saver, editable, onToggle, onRetry }: SessionChecklistProps) {
  const styles = useStyles();
  // A sequence's later sessions add the carried-over actions to the mentee's preparation.
  const items = role === 'mentee' ? menteeChecklistFor(saver.stored.session) : checklistFor(role);
  const p = progress(saver.local, role, items);
  const saving = saver.dirty || saver.sent !== undefined;
  return (
    <fieldset className={styles.root} data-testid="session-checklist" data-role={role}>
      <legend className={styles.legend}>
        {role === 'mentee' ? 'Your preparation' : 'Your checklist as mentor'} ({p.done} of {p.total})
      </legend>
      {items.map((item) => (
        <Checkbox
          key={item.id}
          label={item.text}
          checked={isDone(saver.local, item.id)}
          disabled={!editable}
          onChange={(_, data) => onToggle(item.id, data.checked === true)}
        />
      ))}
      <Text size={200} className={styles.note} role="status" aria-live="polite">
        {saving ? 'Saving…' : saver.savedOnce && !saver.conflict && !saver.error ? 'Saved to the session.' : ''}
      </Text>
      {saver.conflict ? (
        <MessageBar intent="warning" layout="multiline" data-testid="checklist-conflict">
          <MessageBarBody>
            This session was changed meanwhile ({saver.conflict.fields.join(', ')}), so your ticks are not saved yet. They are still here.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRetry}>Save my ticks again</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {saver.error ? <ErrorState error={saver.error} onRetry={onRetry} /> : null}
    </fieldset>
  );
}
