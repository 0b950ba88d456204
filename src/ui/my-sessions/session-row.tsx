import { Badge, Link, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { safeHttpsUrl } from '../../domain/links';
import type { SequenceMoveWindow } from '../../domain/skill-sequence';
import { formatClock, formatDay } from '../../domain/render-html';
import { usePorts } from '../common/ports-context';
import { useSurfaceStyles } from '../common/surface-styles';
import type { StoredSessionView } from '../common/tab-ports';
import { CancelSession } from './cancel-session';
import { LinkedText } from './linked-text';
import { RescheduleSession } from './reschedule-session';
import { SessionChecklist } from './session-checklist';
import { isChangeable, statusWords } from './session-status';
import { useChecklistSaver } from './use-checklist-saver';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** One session: when, with whom, about what, its status, and what this person can do with it. */
/** `within`: for a session of a skill sequence, where it may move to and stay in order. */
export function SessionRow({ initial, role, within }: { initial: StoredSessionView; role: 'mentee' | 'mentor'; within?: SequenceMoveWindow }) {
  const ports = usePorts();
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const saver = useChecklistSaver(initial, ports);
  const [notice, setNotice] = useState('');
  const [moveAsked, setMoveAsked] = useState(0);
  const stored = saver.state.stored;
  const s = stored.session;
  const place = { zone: ports.viewer.zone, locale: ports.viewer.locale };
  const problem = stored.meetingProblem;
  const status = statusWords(s.status, problem);
  const changeable = isChangeable(stored, ports.now());
  const join = s.status === 'scheduled' && s.end > ports.now() && s.joinUrl ? safeHttpsUrl(s.joinUrl) : undefined;
  const titleId = `session-${s.key}`;

  return (
    <article className={mergeClasses(surface.surface, styles.root)} aria-labelledby={titleId} data-testid="session-row" data-session-id={s.key} data-status={s.status}>
      <div className={styles.head}>
        <Badge appearance="tint" color={status.color} data-testid="session-status">
          {status.text}
        </Badge>
        <Text as="h4" id={titleId} weight="semibold">
          {s.topic} with {stored.otherName}
        </Text>
        {s.sequence ? (
          <Badge appearance="outline" data-testid="sequence-index">
            {s.sequence.index} of {s.sequence.of}
          </Badge>
        ) : null}
      </div>
      <Text className={styles.meta}>
        {formatDay(s.start, place)}, {formatClock(s.start, place)}–{formatClock(s.end, place)} ({s.timeBoxMinutes} minutes, your time)
      </Text>
      <dl className={styles.fields}>
        <dt className={styles.term}>Goal</dt>
        <dd className={styles.value}>{s.goal}</dd>
        {role === 'mentor' ? (
          <>
            <dt className={styles.term}>Context</dt>
            <dd className={styles.value}>{s.context.trim() ? <LinkedText text={s.context} /> : 'None given.'}</dd>
            <dt className={styles.term}>What success looks like</dt>
            <dd className={styles.value}>
              <LinkedText text={s.success} />
            </dd>
          </>
        ) : null}
      </dl>
      {join ? (
        <Link href={join} target="_blank" rel="noopener noreferrer">
          Join the Teams meeting
        </Link>
      ) : null}
      {s.status === 'scheduled' || s.status === 'completed' ? (
        <SessionChecklist role={role} saver={saver.state} editable={s.status === 'scheduled'} onToggle={saver.toggle} onRetry={saver.retry} />
      ) : null}
      {problem ? (
        <Text className={styles.meta} data-testid="meeting-problem">
          {problem.message}
        </Text>
      ) : s.status !== 'scheduled' && s.status !== 'completed' && s.status !== 'cancelled' ? (
        <Text className={styles.meta}>The booking stopped before it was confirmed; book again from “Find an expert”.</Text>
      ) : null}
      {role === 'mentee' && changeable ? (
        <div className={styles.actions}>
          <RescheduleSession
            stored={stored}
            openAsked={moveAsked}
            {...(within ? { within } : {})}
            onMoved={(next) => {
              saver.replace(next);
              setNotice(`Moved to ${formatDay(next.session.start, place)}, ${formatClock(next.session.start, place)}. Outlook updates the invitation for both of you.`);
            }}
          />
          <CancelSession
            stored={stored}
            onMoveInstead={() => setMoveAsked((n) => n + 1)}
            onCancelled={(next) => {
              saver.replace(next);
              setNotice(`Cancelled. The meeting is gone from both calendars and the time is free again.`);
            }}
          />
        </div>
      ) : null}
      <Text role="status" aria-live="polite" data-testid="session-notice">
        {notice}
      </Text>
    </article>
  );
}
