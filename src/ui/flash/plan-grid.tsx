import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { roundTimes, type FlashEventSettings } from '../../domain/flash-event';
import type { FlashParticipant } from '../../domain/flash-participants';
import type { FlashPlan } from '../../domain/flash-plan';
import { formatClock, type ReaderPlace } from '../../domain/render-html';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // Many tables scroll sideways inside the grid's own box, never the whole tab.
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, verticalAlign: 'top', textAlign: 'left', minWidth: '8rem' },
  fit: { color: tokens.colorNeutralForeground3 },
  summary: { color: tokens.colorNeutralForeground2 },
});

const percent = (fit: number) => `${Math.round(fit * 100)}%`;

/** The plan as a grid: a row per round (with its time), a column per mentor table, each pair's topic fit. */
export function PlanGrid({ event, plan, participants, place }: { event: Pick<FlashEventSettings, 'start' | 'roundMinutes' | 'rounds' | 'breakMinutes'>; plan: FlashPlan; participants: readonly FlashParticipant[]; place: ReaderPlace }) {
  const styles = useStyles();
  const name = (id: string) => participants.find((p) => p.userId === id)?.name ?? 'someone who left';
  const times = roundTimes(event);
  const pairs = plan.rounds.reduce((n, r) => n + r.pairs.length, 0);
  return (
    <div className={styles.root} data-testid="plan-grid">
      <Text className={styles.summary} data-testid="plan-fit">
        Topic fit of the plan: {plan.totalFit.toFixed(1)} over {pairs} conversations; pairing at random would give {plan.randomTotalFit.toFixed(1)}.
      </Text>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label="Rounds and tables">
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.cell} scope="col">
                Round
              </th>
              {plan.mentorIds.map((id) => (
                <th key={id} className={styles.cell} scope="col">
                  {name(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.rounds.map((r) => {
              const t = times[r.round - 1];
              return (
                <tr key={r.round} data-testid={`plan-round-${r.round}`}>
                  <th className={styles.cell} scope="row">
                    {r.round}
                    {t ? ` · ${formatClock(t.start, place)}` : ''}
                  </th>
                  {plan.mentorIds.map((mentorId) => (
                    <td key={mentorId} className={styles.cell}>
                      {r.pairs
                        .filter((p) => p.mentorId === mentorId)
                        .map((p) => (
                          <div key={p.menteeId}>
                            {name(p.menteeId)} <span className={styles.fit}>{percent(p.fit)}</span>
                          </div>
                        ))}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {plan.rounds.some((r) => r.byes.length > 0) ? <Text size={200}>Rounds off: {plan.rounds.filter((r) => r.byes.length > 0).map((r) => `round ${r.round}: ${r.byes.map(name).join(', ')}`).join('; ')}.</Text> : null}
    </div>
  );
}
