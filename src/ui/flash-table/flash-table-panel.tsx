// A flash event's table in its Teams meeting: the round clock everyone shares, who sits at the table
// now (with the topics they came for), and the table's whole round list. The program manager sees
// the same with which round is running.
import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { roundClock, type FlashTableRound, type FlashTableView, type RoundClock } from '../../domain/flash-table-view';
import { formatClock } from '../../domain/render-html';
import { formatCountdown } from '../session/use-time-box-view';
import { useSessionPorts } from '../session/session-ports-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  clock: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  count: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  now: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  topics: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  current: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

function clockWords(clock: RoundClock, of: number): { label: string; count?: string } {
  switch (clock.phase) {
    case 'before':
      return { label: `Round 1 of ${of} starts in`, count: formatCountdown(clock.msToStart) };
    case 'running':
      return { label: `Round ${clock.round} of ${of} · time left`, count: formatCountdown(clock.msLeft) };
    case 'break':
      return { label: `Break · round ${clock.next} of ${of} starts in`, count: formatCountdown(clock.msToStart) };
    case 'over':
      return { label: 'The event is over. Thank you for mentoring!' };
  }
}

function fitWords(fit: number): string {
  return fit >= 0.99 ? 'topics match' : fit > 0 ? 'some topics match' : 'new topic for this table';
}

/** The round shown as "now": the running one, else the next to start, else the last. */
function focusRound(rounds: readonly FlashTableRound[], clock: RoundClock): FlashTableRound | undefined {
  const round = clock.phase === 'running' ? clock.round : clock.phase === 'over' ? rounds[rounds.length - 1]?.round : clock.next;
  return rounds.find((r) => r.round === round);
}

export function FlashTablePanel({ table, organizer }: { table: FlashTableView; organizer: boolean }) {
  const styles = useStyles();
  const { now, viewer } = useSessionPorts();
  const [at, setAt] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setAt(now()), 1_000);
    return () => clearInterval(timer);
  }, [now]);
  const clock = roundClock(table.rounds, at);
  const words = clockWords(clock, table.rounds.length);
  const focus = focusRound(table.rounds, clock);
  const place = { zone: viewer.zone, locale: viewer.locale };
  const isMentor = viewer.id === table.mentor.userId;

  return (
    <section className={styles.root} data-testid="flash-table" data-phase={clock.phase} aria-labelledby="flash-table-title">
      <div>
        <Text as="h2" id="flash-table-title" size={500} weight="semibold" block>
          {table.eventTitle}
        </Text>
        <Text className={styles.muted}>{isMentor ? 'Your table' : `${table.mentor.name}'s table`}{organizer ? ' · you organise this event' : ''}</Text>
      </div>
      <div className={styles.clock} role="timer" aria-live="off" data-testid="flash-clock">
        <Text>{words.label}</Text>
        {words.count ? <Text className={styles.count}>{words.count}</Text> : null}
      </div>
      {focus && clock.phase !== 'over' ? (
        <div className={styles.now} data-testid="flash-now" data-round={focus.round}>
          <Text weight="semibold">{clock.phase === 'running' ? 'At the table now' : `Next at the table (round ${focus.round})`}</Text>
          {focus.visitors.length === 0 ? (
            <Text>Nobody this round: a short rest.</Text>
          ) : (
            focus.visitors.map((v) => (
              <div key={v.userId} data-testid="flash-visitor">
                <Text weight="semibold" block>
                  {v.name}
                </Text>
                <div className={styles.topics} aria-label={`${v.name} came for`}>
                  {v.topics.map((t) => (
                    <Badge key={t} appearance="tint" color="brand">
                      {t}
                    </Badge>
                  ))}
                  <Text size={200} className={styles.muted}>
                    {fitWords(v.fit)}
                  </Text>
                </div>
              </div>
            ))
          )}
        </div>
      ) : null}
      <div>
        <Text as="h3" weight="semibold" block>
          Rounds at this table
        </Text>
        <ol className={styles.list} data-testid="flash-rounds">
          {table.rounds.map((r) => {
            const current = clock.phase === 'running' && clock.round === r.round;
            return (
              <li key={r.round} className={mergeClasses(styles.row, current && styles.current)} aria-current={current ? 'step' : undefined} data-round={r.round}>
                <span>
                  Round {r.round}, {formatClock(r.start, place)}–{formatClock(r.end, place)}:
                </span>
                <span>{r.visitors.length === 0 ? 'rest' : r.visitors.map((v) => v.name).join(', ')}</span>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
