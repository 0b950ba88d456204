import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeWorkingHours } from '../../domain/mentor-offer';
import type { WorkingHours } from '../../domain/working-hours';
import { toPortError } from '../common/error-state';
import type { MentorOfferPort } from '../common/tab-ports';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Reading = { kind: 'loading' } | { kind: 'read'; hours?: WorkingHours } | { kind: 'failed'; message: string };

/** Working hours come from Outlook and are only shown here: slots are offered inside them. */
export function WorkingHoursView({ port }: { port: MentorOfferPort }) {
  const styles = useStyles();
  const [reading, setReading] = useState<Reading>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    port.workingHours().then(
      (hours) => live && setReading({ kind: 'read', hours }),
      (error: unknown) => live && setReading({ kind: 'failed', message: toPortError(error).message }),
    );
    return () => {
      live = false;
    };
  }, [port]);

  let text: string;
  if (reading.kind === 'loading') text = 'Reading your working hours from Outlook…';
  else if (reading.kind === 'failed') text = `Your working hours could not be read from Outlook: ${reading.message}`;
  else if (!reading.hours) text = 'Outlook has no working hours for you; mentees are offered times only inside them.';
  else text = describeWorkingHours(reading.hours);

  return (
    <section className={styles.root} aria-labelledby="offer-working-hours" data-testid="offer-working-hours">
      <Text as="h3" id="offer-working-hours" weight="semibold">
        Working hours
      </Text>
      <Text aria-live="polite">{text}</Text>
      <Text size={200} className={styles.hint}>
        Taken from Outlook; change them in Outlook (Settings → Calendar → Work hours).
      </Text>
    </section>
  );
}
