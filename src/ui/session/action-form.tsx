// Add or edit one agreed action: what, who (mentor or mentee), an optional due day. Checked here with
// the domain's limits so each problem is said at its field before anything is queued.
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ChecklistRole } from '../../domain/checklists';
import { characterCount, normalizeLine } from '../../domain/precise-request';
import { ACTION_TEXT_MAX } from '../../domain/session-edits';
import { inputCeiling } from '../common/input-ceiling';
import { dueDateValue, parseDueDate, todayValue } from './due-date';
import { useSessionPorts } from './session-ports-context';

export interface ActionDraft {
  text: string;
  role: ChecklistRole;
  /** Epoch ms, or null for none. */
  due: number | null;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1, flexBasis: '8rem', minWidth: 0 },
  // A native date field has a wide intrinsic size; in a 280–320 px panel it must shrink with the column.
  fill: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  fillInput: { minWidth: 0, width: '100%' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ActionFormProps {
  names: Record<ChecklistRole, string>;
  initial?: { text: string; role?: ChecklistRole; due?: number };
  defaultRole: ChecklistRole;
  submitLabel: string;
  /** Set on the add form only: the browser tests find the add controls by these. */
  testIds?: boolean;
  disabledReason?: string;
  onSubmit: (draft: ActionDraft) => void;
  onCancel?: () => void;
}

export function ActionForm({ names, initial, defaultRole, submitLabel, testIds, disabledReason, onSubmit, onCancel }: ActionFormProps) {
  const { viewer, now } = useSessionPorts();
  const styles = useStyles();
  const id = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [role, setRole] = useState<ChecklistRole>(initial?.role ?? defaultRole);
  const [due, setDue] = useState(dueDateValue(initial?.due, viewer.zone));
  const [errors, setErrors] = useState<{ text?: string | undefined; due?: string | undefined }>({});
  const tooLong = characterCount(normalizeLine(text)) > ACTION_TEXT_MAX;

  const submit = () => {
    const line = normalizeLine(text);
    const parsed = parseDueDate(due, viewer.zone, now());
    const next = {
      ...(line === '' ? { text: 'Say what will be done.' } : tooLong ? { text: `Keep an action under ${ACTION_TEXT_MAX} characters.` } : {}),
      ...(parsed.ok ? {} : { due: parsed.message }),
    };
    setErrors(next);
    if (next.text || !parsed.ok) return;
    onSubmit({ text: line, role, due: parsed.due });
    if (!initial) {
      setText('');
      setDue('');
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={submitLabel}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field
        label="Action"
        validationMessage={errors.text ?? (tooLong ? `${characterCount(normalizeLine(text))} of ${ACTION_TEXT_MAX} characters: shorten it.` : disabledReason)}
        validationState={errors.text || tooLong ? 'error' : 'none'}
      >
        <Input
          value={text}
          maxLength={inputCeiling(ACTION_TEXT_MAX)}
          onChange={(_, d) => {
            setText(d.value);
            setErrors((e) => ({ ...e, text: undefined }));
          }}
          {...(testIds ? { 'data-testid': 'action-text' } : {})}
        />
      </Field>
      <div className={styles.row}>
        <Field label="Who" className={styles.grow}>
          <Select id={`${id}-owner`} value={role} onChange={(_, d) => setRole(d.value as ChecklistRole)} {...(testIds ? { 'data-testid': 'action-owner' } : {})}>
            <option value="mentee">{names.mentee} (mentee)</option>
            <option value="mentor">{names.mentor} (mentor)</option>
          </Select>
        </Field>
        <Field label="Due (optional)" className={styles.grow} validationMessage={errors.due} validationState={errors.due ? 'error' : 'none'}>
          <Input type="date" className={styles.fill} input={{ className: styles.fillInput }} value={due} min={todayValue(viewer.zone, now())} onChange={(_, d) => {
              setDue(d.value);
              setErrors((e) => ({ ...e, due: undefined }));
            }} {...(testIds ? { 'data-testid': 'action-due' } : {})} />
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={disabledReason !== undefined} {...(testIds ? { 'data-testid': 'add-action' } : {})}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
