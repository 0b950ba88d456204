// The actions agreed in the session: who does what by when, ticked off when done, edited or removed
// by either participant; an add form below, with the domain's limits.
import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChecklistRole } from '../../domain/checklists';
import { formatDue } from '../../domain/render-chat-messages';
import type { AgreedAction, Session } from '../../domain/session';
import { ACTIONS_MAX, type SessionEdit } from '../../domain/session-edits';
import { ActionForm, type ActionDraft } from './action-form';
import { useSessionPorts } from './session-ports-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalXXL },
  done: { textDecorationLine: 'line-through' },
});

// A fresh id per action, so two people editing different actions never collide.
function newActionId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface AgreedActionsProps {
  session: Session;
  role: ChecklistRole | undefined;
  names: Record<ChecklistRole, string>;
  onEdit: (...edits: SessionEdit[]) => void;
}

export function AgreedActions({ session, role, names, onEdit }: AgreedActionsProps) {
  const styles = useStyles();
  const canEdit = role !== undefined;
  const actions = session.agreedActions;
  const add = (draft: ActionDraft) =>
    onEdit({
      type: 'add-action',
      action: { id: newActionId(), text: draft.text, owner: names[draft.role], role: draft.role, done: false, ...(draft.due !== null ? { due: draft.due } : {}) },
    });
  return (
    <section className={styles.root} aria-labelledby="actions-heading">
      <Text as="h3" id="actions-heading" weight="semibold" size={400}>
        Agreed actions
      </Text>
      {actions.length === 0 ? <Text>No actions yet. Agree who does what before the session ends.</Text> : null}
      <ul className={styles.list}>
        {actions.map((action, i) => (
          <ActionItem key={action.id ?? `old-${i}`} action={action} names={names} canEdit={canEdit && action.id !== undefined} onEdit={onEdit} />
        ))}
      </ul>
      {canEdit ? (
        <ActionForm
          names={names}
          defaultRole="mentee"
          submitLabel="Add action"
          testIds
          {...(actions.length >= ACTIONS_MAX ? { disabledReason: `A session keeps at most ${ACTIONS_MAX} actions: tick or remove one first.` } : {})}
          onSubmit={add}
        />
      ) : null}
    </section>
  );
}

function ActionItem({ action, names, canEdit, onEdit }: { action: AgreedAction; names: Record<ChecklistRole, string>; canEdit: boolean; onEdit: (...edits: SessionEdit[]) => void }) {
  const { viewer } = useSessionPorts();
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const id = action.id;
  const owner = action.role ? `${action.owner} (${action.role})` : action.owner;
  if (editing && id) {
    return (
      <li className={styles.item} data-testid="agreed-action" data-action-id={id}>
        <ActionForm
          names={names}
          initial={{ text: action.text, ...(action.role ? { role: action.role } : {}), ...(action.due !== undefined ? { due: action.due } : {}) }}
          defaultRole={action.role ?? 'mentee'}
          submitLabel="Save action"
          onCancel={() => setEditing(false)}
          onSubmit={(draft) => {
            onEdit({ type: 'change-action', id, text: draft.text, owner: names[draft.role], role: draft.role, due: draft.due });
            setEditing(false);
          }}
        />
      </li>
    );
  }
  return (
    <li className={styles.item} data-testid="agreed-action" data-action-id={id ?? ''} data-done={action.done ? 'true' : 'false'}>
      <Checkbox
        checked={action.done ?? false}
        disabled={!canEdit}
        label={{ children: action.text, className: action.done ? styles.done : undefined }}
        onChange={(_, d) => id && onEdit({ type: 'action-done', id, done: d.checked === true })}
      />
      <Text size={200} className={styles.meta}>
        {owner}
        {action.due !== undefined ? ` · due ${formatDue(action.due, viewer)}` : ''}
      </Text>
      {canEdit && id ? (
        <div className={styles.buttons}>
          <Button size="small" appearance="subtle" onClick={() => setEditing(true)} aria-label={`Edit “${action.text}”`}>
            Edit
          </Button>
          <Button size="small" appearance="subtle" onClick={() => onEdit({ type: 'remove-action', id })} aria-label={`Remove “${action.text}”`}>
            Remove
          </Button>
        </div>
      ) : null}
    </li>
  );
}
