// Both checklists of the method: the viewer's own to tick, the other person's to see. Once the time
// box has started, preparation still open is flagged on both.
import { Badge, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { isDone, MENTOR_CHECKLIST, pendingBeforeSession, progress, type ChecklistRole } from '../../domain/checklists';
import { menteeChecklistFor } from '../../domain/skill-sequence';
import { CHECKLIST_TITLES } from '../../domain/render-chat-messages';
import type { Session } from '../../domain/session';
import type { SessionEdit } from '../../domain/session-edits';
import { useSessionPorts } from './session-ports-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, overflowWrap: 'anywhere' },
  label: { overflowWrap: 'anywhere' },
  badge: { marginLeft: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SessionChecklistsProps {
  session: Session;
  /** The viewer's part in the session; undefined for someone who is neither (sees both, ticks none). */
  role: ChecklistRole | undefined;
  names: Record<ChecklistRole, string>;
  onEdit: (edit: SessionEdit) => void;
}

export function SessionChecklists({ session, role, names, onEdit }: SessionChecklistsProps) {
  const styles = useStyles();
  // The viewer's own list first: it is the one they act on.
  const order: ChecklistRole[] = role === 'mentor' ? ['mentor', 'mentee'] : ['mentee', 'mentor'];
  return (
    <section className={styles.root} aria-labelledby="checklists-heading">
      <Text as="h3" id="checklists-heading" weight="semibold" size={400}>
        Checklists
      </Text>
      {order.map((r) => (
        <RoleChecklist key={r} session={session} role={r} own={r === role} name={names[r]} onEdit={onEdit} />
      ))}
    </section>
  );
}

function RoleChecklist({ session, role, own, name, onEdit }: { session: Session; role: ChecklistRole; own: boolean; name: string; onEdit: (edit: SessionEdit) => void }) {
  const { viewer, now } = useSessionPorts();
  const styles = useStyles();
  // A sequence's session 2 and 3 add the actions carried over to the mentee's preparation.
  const items = role === 'mentee' ? menteeChecklistFor(session) : MENTOR_CHECKLIST;
  const p = progress(session.checklists, role, items);
  const started = session.timeBox !== undefined && session.timeBox.status !== 'not-started';
  const stillOpen = new Set(started ? pendingBeforeSession(session.checklists, role, items).map((i) => i.id) : []);
  return (
    <fieldset className={styles.list} data-testid="session-checklist" data-role={role}>
      <legend className={styles.legend}>
        {own ? `Yours: ${CHECKLIST_TITLES[role]}` : `${name}'s: ${CHECKLIST_TITLES[role]}`} ({p.done} of {p.total})
      </legend>
      {items.map((item) => (
        <Checkbox
          key={item.id}
          data-testid="checklist-item"
          data-item-id={item.id}
          data-role={role}
          checked={isDone(session.checklists, item.id)}
          disabled={!own}
          onChange={(_, data) => onEdit({ type: 'checklist', itemId: item.id, done: data.checked === true, by: viewer.id, at: now() })}
          label={{
            className: styles.label,
            children: (
              <>
                {item.text}
                {stillOpen.has(item.id) ? (
                  <Badge className={styles.badge} appearance="tint" color="warning" size="small" data-testid="still-open">
                    still open
                  </Badge>
                ) : null}
              </>
            ),
          }}
        />
      ))}
      {!own ? (
        <Text size={200} className={styles.note}>
          Only {name} ticks this list.
        </Text>
      ) : null}
    </fieldset>
  );
}
