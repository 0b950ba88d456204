// What the session is for: topic, goal, what success looks like, the time box, the context (folded
// away: it is long and was read before), and for a sequence which session this is with the actions
// carried over from the one before.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Session } from '../../domain/session';
import { formatClock } from '../../domain/render-html';
import { carriedActions } from '../../domain/skill-sequence';
import { LinkedText } from '../my-sessions/linked-text';
import { useSessionPorts } from './session-ports-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere' },
  topRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { color: tokens.colorNeutralForeground3, display: 'block' },
  context: { whiteSpace: 'pre-wrap' },
  carried: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function SessionHeader({ session, previous, otherName }: { session: Session; previous?: Session; otherName: string }) {
  const { viewer } = useSessionPorts();
  const styles = useStyles();
  const carried = carriedActions(previous);
  return (
    <header className={styles.root}>
      <div className={styles.topRow}>
        <Text as="h2" weight="semibold" size={500}>
          {session.topic}
        </Text>
        {session.sequence ? (
          <Badge appearance="tint" data-testid="sequence-badge">
            Session {session.sequence.index} of {session.sequence.of}
          </Badge>
        ) : null}
      </div>
      <Text size={200} className={styles.label}>
        With {otherName} · {session.timeBoxMinutes}-minute time box · {formatClock(session.start, viewer)}–{formatClock(session.end, viewer)}
      </Text>
      <div>
        <Text size={200} weight="semibold" className={styles.label}>
          Goal
        </Text>
        <Text data-testid="session-goal">{session.goal}</Text>
      </div>
      <div>
        <Text size={200} weight="semibold" className={styles.label}>
          What success looks like
        </Text>
        <Text data-testid="session-success">{session.success || 'Not written down yet.'}</Text>
      </div>
      {session.context.trim() || carried.length > 0 ? (
        // What was agreed last time is open from the start: it is what this session builds on.
        <Accordion collapsible multiple defaultOpenItems={carried.length > 0 ? ['carried'] : []}>
          {session.context.trim() ? (
            <AccordionItem value="context">
              <AccordionHeader size="small">Context</AccordionHeader>
              <AccordionPanel>
                <Text className={styles.context} data-testid="session-context">
                  <LinkedText text={session.context} />
                </Text>
              </AccordionPanel>
            </AccordionItem>
          ) : null}
          {carried.length > 0 ? (
            <AccordionItem value="carried">
              <AccordionHeader size="small">Carried over from session {(session.sequence?.index ?? 2) - 1}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.carried} data-testid="carried-actions">
                  {carried.map((action, i) => (
                    <li key={action.id ?? i}>
                      <Text>
                        {action.done ? '☑ ' : ''}
                        {action.text} ({action.owner})
                      </Text>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ) : null}
        </Accordion>
      ) : null}
    </header>
  );
}
