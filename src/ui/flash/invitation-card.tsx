import { Button, Checkbox, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FLASH_LIMITS } from '../../domain/flash-event';
import type { RoundVerdict } from '../../domain/flash-participants';
import { formatClock, formatDay, type ReaderPlace } from '../../domain/render-html';
import { ErrorState } from '../common/error-state';
import type { FlashInvitation } from '../common/flash-event-ports';
import type { PortError } from '../common/tab-ports';
import { FieldGroup } from '../mentor-offer/field-group';
import { useSurfaceStyles } from '../common/surface-styles';
import { asPortError } from './event-panel-state';
import { MySchedule } from './my-schedule';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** An invitation to a flash event: when it is, and registering (mentees pick up to three topics, mentors confirm theirs). */
export function InvitationCard({
  invitation,
  place,
  now,
  onRegister,
  onRate,
}: {
  invitation: FlashInvitation;
  place: ReaderPlace;
  now: number;
  onRegister: (topics: string[]) => Promise<void>;
  onRate: (round: number, verdict: RoundVerdict) => Promise<void>;
}) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { event, me } = invitation;
  const [topics, setTopics] = useState<string[]>(me.topics);
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<PortError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const closed = now >= event.registrationCloses;
  const max = me.role === 'mentee' ? FLASH_LIMITS.menteeInterestsMax : event.topics.length;
  const submit = async () => {
    if (topics.length === 0) return setError(me.role === 'mentee' ? 'Pick at least one topic you would like to talk about.' : 'Confirm at least one topic you can help with.');
    if (topics.length > max) return setError(`Pick at most ${max} topics.`);
    setError(undefined);
    setFailure(undefined);
    setBusy(true);
    try {
      await onRegister(topics);
    } catch (e) {
      setFailure(asPortError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <article className={`${styles.root} ${surface.surface}`} aria-label={event.title} data-testid="invitation">
      <Subtitle2 as="h3">{event.title}</Subtitle2>
      <Text>
        Flash mentoring, {formatDay(event.start, place)} at {formatClock(event.start, place)}: {event.rounds} rounds of {event.roundMinutes} minutes{me.role === 'mentor' ? ', mentees come to your table' : ', a different mentor each round'}.
      </Text>
      {me.status === 'registered' ? (
        <Text data-testid="registered">You are registered{me.topics.length > 0 ? ` for ${me.topics.join(', ')}` : ''}. Your schedule comes in the meeting invitations.</Text>
      ) : closed ? (
        <Text className={styles.muted}>Registration has closed.</Text>
      ) : (
        <>
          <FieldGroup
            label={me.role === 'mentee' ? 'Topics you would like to talk about' : 'Topics you can help with'}
            hint={me.role === 'mentee' ? `Up to ${max}; your first pick counts most.` : undefined}
            error={error}
          >
            {event.topics.map((t) => (
              <Checkbox
                key={t}
                label={t}
                checked={topics.includes(t)}
                disabled={busy || (!topics.includes(t) && topics.length >= max)}
                onChange={(_, d) => setTopics((list) => (d.checked ? [...list, t] : list.filter((x) => x !== t)))}
              />
            ))}
          </FieldGroup>
          <Text size={200} className={styles.muted}>
            Registration closes {formatDay(event.registrationCloses, place, 'medium')} at {formatClock(event.registrationCloses, place)}.
          </Text>
          <div>
            <Button appearance="primary" disabled={busy} onClick={() => void submit()} data-testid="register">
              {busy ? 'Registering…' : 'Register'}
            </Button>
          </div>
        </>
      )}
      <MySchedule
        invitation={invitation}
        place={place}
        now={now}
        busy={busy}
        onRate={(round, verdict) => {
          setFailure(undefined);
          setBusy(true);
          onRate(round, verdict)
            .catch((e: unknown) => setFailure(asPortError(e)))
            .finally(() => setBusy(false));
        }}
      />
      {failure ? <ErrorState error={failure} /> : null}
    </article>
  );
}
