// The shared phase timer: phase, large calm numerals, a bar across the phases, the buttons that
// change the stored state, nudges, and a polite live region that speaks only at phase changes and
// nudges (never every second).
import { Button, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Session } from '../../domain/session';
import type { SessionEdit } from '../../domain/session-edits';
import { EXTENSION_MINUTES, refusalFor, type TimeBoxEvent, type TimeBoxNudge, type TimeBoxView } from '../../domain/time-box-reducer';
import { useSessionPorts } from './session-ports-context';
import { formatCountdown, timeBoxStateOf, useTimeBoxView } from './use-time-box-view';

export const NUDGE_TEXT: Record<TimeBoxNudge, string> = {
  'conclude-phase-starting': 'Time to conclude: agree the actions and who does what.',
  'two-minutes-left': 'Two minutes left.',
  overtime: `The time box is over. End the session, or extend it once by ${EXTENSION_MINUTES} minutes.`,
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  numerals: { fontSize: tokens.fontSizeHero900, lineHeight: tokens.lineHeightHero900, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
  bar: { display: 'flex', gap: tokens.spacingHorizontalXXS, minWidth: 0 },
  segment: {
    minWidth: 0,
    height: '8px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground5,
    // In high contrast backgrounds are gone: a stroke keeps each phase visible.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    overflow: 'hidden',
  },
  fill: { height: '100%', backgroundColor: tokens.colorCompoundBrandBackground },
  current: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`, outlineOffset: '1px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface TimeBoxTimerProps {
  session: Session;
  /** Only the mentor and the mentee change the clock. */
  canControl: boolean;
  onEdit: (...edits: SessionEdit[]) => void;
}

export function TimeBoxTimer({ session, canControl, onEdit }: TimeBoxTimerProps) {
  const { viewer, now } = useSessionPorts();
  const styles = useStyles();
  const v = useTimeBoxView(session);
  const [refusal, setRefusal] = useState<string | undefined>();
  const announcement = useAnnouncement(v);

  const send = (type: TimeBoxEvent['type']) => {
    const event: TimeBoxEvent = { type, at: now(), by: viewer.id };
    const refused = refusalFor(timeBoxStateOf(session), event);
    setRefusal(refused?.message);
    if (refused) return;
    // Ending the time box completes the session: what follows is closing the loop.
    onEdit({ type: 'time-box', event }, ...(type === 'end' ? [{ type: 'complete' } as const] : []));
  };

  // Once ended, what is left no longer matters: the big figure is the time the session took.
  const ended = v.status === 'ended';
  const remaining = ended ? formatCountdown(v.elapsedMs) : v.overtimeMs > 0 ? `+${formatCountdown(v.overtimeMs)}` : formatCountdown(v.sessionLeftMs);
  const spoken = ended ? `${remaining} used` : v.overtimeMs > 0 ? `${remaining} over time` : `${remaining} left`;
  return (
    <section className={styles.root} aria-labelledby="time-box-heading" data-testid="time-box" data-phase={v.phase.id} data-status={v.status} data-remaining-ms={v.sessionLeftMs}>
      <Text as="h3" id="time-box-heading" weight="semibold" size={400}>
        Time box
      </Text>
      <Text weight="semibold" data-testid="time-box-phase">
        {v.status === 'not-started'
          ? `Not started · ${v.totalMinutes} minutes`
          : ended
            ? 'Ended'
            : `${v.phase.title}${v.status === 'paused' ? ' · paused' : ''}`}
      </Text>
      <Text className={styles.numerals} aria-label={spoken} role="timer">
        {remaining}
      </Text>
      {v.status !== 'not-started' && !ended ? (
        <Text size={200} className={styles.muted}>
          {formatCountdown(v.phaseLeftMs)} left in this phase
        </Text>
      ) : null}
      {ended ? (
        <Text size={200} className={styles.muted}>
          used of the {v.totalMinutes}-minute time box
        </Text>
      ) : null}
      <PhaseBar v={v} />
      {v.nudges.map((nudge) => (
        <MessageBar key={nudge} intent={nudge === 'overtime' ? 'warning' : 'info'} data-testid="time-box-nudge" data-nudge={nudge}>
          <MessageBarBody>{NUDGE_TEXT[nudge]}</MessageBarBody>
        </MessageBar>
      ))}
      {canControl && v.status !== 'ended' ? (
        <div className={styles.buttons}>
          {v.status === 'not-started' ? (
            <Button appearance="primary" data-testid="start-time-box" onClick={() => send('start')}>
              Start the time box
            </Button>
          ) : null}
          {v.status === 'running' ? (
            <Button data-testid="pause-time-box" onClick={() => send('pause')}>
              Pause
            </Button>
          ) : null}
          {v.status === 'paused' ? (
            <Button appearance="primary" data-testid="resume-time-box" onClick={() => send('resume')}>
              Resume
            </Button>
          ) : null}
          {v.canExtend ? (
            <Button data-testid="extend-time-box" onClick={() => send('extend')}>
              Extend by {EXTENSION_MINUTES} minutes
            </Button>
          ) : null}
          {v.status === 'running' || v.status === 'paused' ? (
            <Button data-testid="end-time-box" onClick={() => send('end')}>
              End
            </Button>
          ) : null}
        </div>
      ) : null}
      {refusal ?? v.lastRefusal?.message ? (
        <Text size={200} data-testid="time-box-refusal">
          {refusal ?? v.lastRefusal?.message}
        </Text>
      ) : null}
      <div className={styles.visuallyHidden} aria-live="polite" data-testid="time-box-announcement">
        {announcement}
      </div>
    </section>
  );
}

function PhaseBar({ v }: { v: TimeBoxView }) {
  const styles = useStyles();
  const elapsedMin = v.elapsedMs / 60_000;
  return (
    <div
      className={styles.bar}
      role="progressbar"
      aria-label="Time box progress"
      aria-valuemin={0}
      aria-valuemax={v.totalMinutes}
      aria-valuenow={Math.min(v.totalMinutes, Math.floor(elapsedMin))}
      aria-valuetext={`${v.phase.title}, phase ${v.phase.index + 1} of ${v.phases.length}`}
    >
      {v.phases.map((phase, i) => {
        const filled = Math.min(1, Math.max(0, (elapsedMin - phase.startMinute) / phase.minutes));
        return (
          <div
            key={phase.id}
            className={mergeClasses(styles.segment, v.status !== 'not-started' && i === v.phase.index ? styles.current : undefined)}
            style={{ flexGrow: phase.minutes, flexBasis: 0 }}
            title={`${phase.title} (${phase.minutes} min)`}
          >
            <div className={styles.fill} style={{ width: `${filled * 100}%` }} />
          </div>
        );
      })}
    </div>
  );
}

/** What a screen reader hears: the phase when it changes and each nudge when it appears. */
function useAnnouncement(v: TimeBoxView): string {
  const [text, setText] = useState('');
  const seen = useRef<{ key: string; nudges: string[] } | undefined>(undefined);
  const key = `${v.status}:${v.phase.id}`;
  const nudges = v.nudges.join(',');
  useEffect(() => {
    const before = seen.current;
    seen.current = { key, nudges: v.nudges };
    if (!before) return; // what is on screen when the panel opens is read with the page
    const fresh = v.nudges.filter((n) => !before.nudges.includes(n)).map((n) => NUDGE_TEXT[n]);
    const phase = before.key !== key && v.status === 'running' ? [`Now: ${v.phase.title}.`] : [];
    const ended = before.key !== key && v.status === 'ended' ? ['The time box has ended.'] : [];
    const said = [...phase, ...ended, ...fresh];
    if (said.length > 0) setText(said.join(' '));
  }, [key, nudges]);
  return text;
}
