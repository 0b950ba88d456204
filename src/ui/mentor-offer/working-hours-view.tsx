import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeWorkingHours } from '../../domain/mentor-offer';
import type { WorkingHours } from '../../domain/working-hours';
import { ErrorState, toPortError } from '../common/error-state';
import type { MentorOfferPort, PortError } from '../common/tab-ports';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Reading = { kind: 'loading' } | { kind: 'read'; hours?: WorkingHours } | { kind: 'failed'; error: PortError };

/** Working hours come from Outlook and are only shown here: slots are offered inside them. */
export function WorkingHoursView({ port }: { port: MentorOfferPort }) {
  const styles = useStyles();
  const [reading, setReading] = useState<Reading>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setReading({ kind: 'loading' });
    port.workingHours().then(
      (hours) => live && setReading({ kind: 'read', hours }),
      (error: unknown) => live && setReading({ kind: 'failed', error: toPortError(error) }),
    );
    return () => {
      live = false;
    };
  }, [port, round]);

  return (
    <section className={styles.root} aria-labelledby="offer-working-hours" data-testid="offer-working-hours">
      <Text as="h3" id="offer-working-hours" weight="semibold">
        Working hours
      </Text>
      {reading.kind === 'failed' ? (
        <ErrorState error={reading.error} onRetry={() => setRound((r) => r + 1)} />
      ) : (
        <Text aria-live="polite">
          {reading.kind === 'loading'
            ? 'Reading your working hours from Outlook…'
            : reading.hours
              ? describeWorkingHours(reading.hours)
              : 'Outlook has no working hours for you; mentees are offered times only inside them.'}
        </Text>
      )}
      <Text size={200} className={styles.hint}>
        Taken from Outlook; change them in Outlook (Settings → Calendar → Work hours).
      </Text>
    </section>
  );
}
