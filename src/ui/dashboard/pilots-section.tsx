import { Badge, Button, ProgressBar, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FigureTable, PilotFigures } from '../../domain/dashboard-figures';
import { isoDay, percent } from '../../domain/dashboard-figures';
import { FigureTableView } from './figure-table-view';
import { usePanelStyles } from './panel-styles';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))', gap: tokens.spacingHorizontalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** Each pilot against its goal (sessions, share met or partly) and how much of its time has gone. */
export function PilotsSection({ pilots, table, zone, onStart }: { pilots: readonly PilotFigures[]; table: FigureTable; zone: string; onStart?: () => void }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  return (
    <section className={panel.root} aria-labelledby="heading-pilots" data-testid="section-pilots">
      <div className={panel.head}>
        <Subtitle2 as="h3" id="heading-pilots">
          Pilots
        </Subtitle2>
        {onStart ? (
          <Button appearance="primary" size="small" onClick={onStart} data-testid="pilot-open-form">
            Start a pilot
          </Button>
        ) : null}
      </div>
      {pilots.length === 0 ? <Text>No pilot yet. Start one with a few mentors and mentees to see whether micro-mentoring works here before scaling it up.</Text> : null}
      <div className={styles.cards}>
        {pilots.map((p) => (
          <article key={p.key} className={styles.card} aria-label={p.name} data-testid="pilot-card" data-pilot={p.key}>
            <Text weight="semibold">{p.name}</Text>
            <Text size={200}>
              {isoDay(zone, p.from)} to {isoDay(zone, p.to - 1)} · {p.people} people
            </Text>
            <Text size={200}>
              {p.progress.sessions} of {p.goal.sessions} sessions · {percent(p.progress.metOrPartlyShare)} met or partly (goal {percent(p.goal.metOrPartly)})
            </Text>
            <ProgressBar value={Math.min(1, p.progress.sessions / p.goal.sessions)} thickness="large" aria-label={`${p.name}: sessions against the goal`} />
            <div className={styles.badges}>
              <Badge appearance="tint" color={p.progress.sessionsGoalReached ? 'success' : 'informative'}>
                {p.progress.sessionsGoalReached ? 'Sessions goal reached' : `${percent(p.progress.timeGone)} of its time gone`}
              </Badge>
              <Badge appearance="tint" color={p.progress.resultGoalReached ? 'success' : p.progress.metOrPartlyShare === undefined ? 'informative' : 'warning'}>
                {p.progress.resultGoalReached ? 'Results goal reached' : p.progress.metOrPartlyShare === undefined ? 'No results yet' : 'Results below goal'}
              </Badge>
            </div>
          </article>
        ))}
      </div>
      {pilots.length > 0 ? <FigureTableView table={table} /> : null}
    </section>
  );
}
