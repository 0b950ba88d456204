import { Badge, Button, ProgressBar, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useReducer } from 'react';
import type { FlashParticipant, FlashRole } from '../../domain/flash-participants';
import { planIsCurrent } from '../../domain/flash-plan';
import { eventSpan, runningRound, startedRounds, type FlashEventSettings } from '../../domain/flash-event';
import { formatClock, formatDay, type ReaderPlace } from '../../domain/render-html';
import { ErrorState } from '../common/error-state';
import type { FlashEventsPort, PersonChoice } from '../common/flash-event-ports';
import { LoadingState } from '../common/loading-state';
import { usePorts } from '../common/ports-context';
import { useSurfaceStyles } from '../common/surface-styles';
import { asPortError, panelReducer, type PanelAction } from './event-panel-state';
import { InvitePeople } from './invite-people';
import { PlanGrid } from './plan-grid';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  people: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  person: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const STATUS_COLOR = { invited: 'informative', registered: 'success', declined: 'subtle', dropped: 'danger' } as const;

function PeopleList({ role, people, busy, onDrop }: { role: FlashRole; people: FlashParticipant[]; busy: boolean; onDrop: (userId: string) => void }) {
  const styles = useStyles();
  if (people.length === 0) return <Text className={styles.muted}>No {role}s invited yet.</Text>;
  return (
    <ul className={styles.people} data-testid={`${role}-list`}>
      {people.map((p) => (
        <li key={p.userId} className={styles.person}>
          <Text>{p.name}</Text>
          <Badge appearance="tint" color={STATUS_COLOR[p.status]}>
            {p.status}
          </Badge>
          {p.topics.length > 0 ? <Text size={200} className={styles.muted}>{p.topics.join(', ')}</Text> : null}
          {p.status === 'registered' ? (
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => onDrop(p.userId)} aria-label={`Take ${p.name} off the event`}>
              Take off
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Which round is running (the same instants for everyone, from the event's start). */
function RoundStatus({ event, now, place }: { event: FlashEventSettings; now: number; place: ReaderPlace }) {
  const span = eventSpan(event);
  if (now < span.start) return null;
  const running = runningRound(event, now);
  const text = running
    ? `Round ${running.round} of ${event.rounds} is running, until ${formatClock(running.end, place)}.`
    : now >= span.end
      ? 'The event has ended.'
      : `Break after round ${startedRounds(event, now)}.`;
  return (
    <Text weight="semibold" role="status" data-testid="round-status">
      {text}
    </Text>
  );
}

/** One event for its program manager: who is invited and registered, invitations, the plan and publishing. */
export function EventPanel({ port, itemId, onBack }: { port: FlashEventsPort; itemId: string; onBack: () => void }) {
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const ports = usePorts();
  const { viewer } = ports;
  const [state, dispatch] = useReducer(panelReducer, { busy: 'open' });
  const run = useCallback(
    async (action: PanelAction, work: () => Promise<void>) => {
      dispatch({ type: 'start', action });
      try {
        await work();
      } catch (error) {
        dispatch({ type: 'failed', action, error: asPortError(error) });
      }
    },
    [dispatch],
  );
  const open = useCallback(() => run('open', async () => dispatch({ type: 'loaded', view: await port.open(itemId) })), [run, port, itemId]);
  useEffect(() => {
    void open();
  }, [open]);

  const view = state.view;
  if (!view) return state.error ? <ErrorState error={state.error.error} onRetry={() => void open()} /> : <LoadingState label="Loading the event…" />;
  const { event, participants } = view;
  const busy = state.busy !== undefined;
  const place = { zone: viewer.zone, locale: viewer.locale };
  const mentors = participants.filter((p) => p.role === 'mentor');
  const mentees = participants.filter((p) => p.role === 'mentee');
  const registered = (list: FlashParticipant[]) => list.filter((p) => p.status === 'registered').length;
  const invite = (people: PersonChoice[], role: FlashRole) => run('invite', async () => dispatch({ type: 'loaded', view: await port.invite(itemId, people, role) }));
  const drop = (userId: string) => run('drop', async () => dispatch({ type: 'loaded', view: await port.drop(itemId, userId) }));
  const plan = () => run('plan', async () => dispatch({ type: 'loaded', view: await port.plan(itemId) }));
  const publish = () => run('publish', async () => dispatch({ type: 'published', summary: await port.publish(itemId, (progress) => dispatch({ type: 'progress', progress })) }));
  const retry = { plan, publish, open, invite: open, drop: open }[state.error?.action ?? 'open'];
  const canPlan = registered(mentors) > 0 && registered(mentees) > 0;
  const published = state.published;

  return (
    <div className={styles.root} data-testid="event-panel">
      <div>
        <Button appearance="subtle" onClick={onBack}>
          ← All events
        </Button>
      </div>
      <section className={`${styles.section} ${surface.surface}`} aria-label="Event">
        <Subtitle2 as="h2">{event.title}</Subtitle2>
        <Text>
          {formatDay(event.start, place)}, {formatClock(event.start, place)} ({viewer.zone}): {event.rounds} rounds of {event.roundMinutes} minutes, {event.breakMinutes} minutes between.
        </Text>
        <Text className={styles.muted}>
          Topics: {event.topics.join(', ')}. Registration closes {formatDay(event.registrationCloses, place, 'medium')} {formatClock(event.registrationCloses, place)}.
        </Text>
        <RoundStatus event={event} now={ports.now()} place={place} />
        <Text data-testid="event-status">
          {registered(mentors)} of {mentors.length} mentors and {registered(mentees)} of {mentees.length} mentees registered · {event.status}
        </Text>
      </section>
      {state.error ? <ErrorState error={state.error.error} onRetry={() => void retry()} /> : null}
      <section className={styles.section} aria-labelledby="flash-mentors">
        <Subtitle2 as="h3" id="flash-mentors">
          Mentors
        </Subtitle2>
        <PeopleList role="mentor" people={mentors} busy={busy} onDrop={(id) => void drop(id)} />
        <InvitePeople role="mentor" port={port} invited={participants} busy={busy} onInvite={(people) => void invite(people, 'mentor')} />
      </section>
      <section className={styles.section} aria-labelledby="flash-mentees">
        <Subtitle2 as="h3" id="flash-mentees">
          Mentees
        </Subtitle2>
        <PeopleList role="mentee" people={mentees} busy={busy} onDrop={(id) => void drop(id)} />
        <InvitePeople role="mentee" port={port} invited={participants} busy={busy} onInvite={(people) => void invite(people, 'mentee')} />
      </section>
      <section className={styles.section} aria-labelledby="flash-plan">
        <Subtitle2 as="h3" id="flash-plan">
          Rounds
        </Subtitle2>
        <div className={styles.actions}>
          <Button appearance={event.plan ? 'secondary' : 'primary'} disabled={busy || !canPlan} onClick={() => void plan()} data-testid="plan-rounds">
            {state.busy === 'plan' ? 'Planning…' : event.plan ? 'Plan the rounds again' : 'Plan the rounds'}
          </Button>
          <Button appearance={event.plan ? 'primary' : 'secondary'} disabled={busy || !event.plan} onClick={() => void publish()} data-testid="publish">
            {state.busy === 'publish' ? 'Publishing…' : 'Publish'}
          </Button>
        </div>
        {!canPlan ? <Text className={styles.muted}>Planning needs at least one registered mentor and one registered mentee.</Text> : null}
        {event.plan && canPlan && !planIsCurrent(event.plan, participants, startedRounds(event, ports.now())) ? (
          <Text weight="semibold" data-testid="plan-stale">
            Who is registered has changed since the rounds were planned: plan the rounds again, then publish.
          </Text>
        ) : null}
        {event.plan ? <PlanGrid event={event} plan={event.plan} participants={participants} place={place} /> : null}
        {state.busy === 'publish' ? (
          <div role="status" aria-live="polite">
            <ProgressBar value={state.progress ? state.progress.done / Math.max(1, state.progress.total) : undefined} />
            <Text>{state.progress ? `${state.progress.step === 'meetings' ? 'Table meetings created' : 'Schedules sent'}: ${state.progress.done} of ${state.progress.total}` : 'Publishing…'}</Text>
          </div>
        ) : null}
        {published ? (
          <Text role="status" data-testid="publish-outcome">
            {published.created + published.updated + published.cancelled === 0
              ? `Nothing to send: all ${published.tables} table meetings are up to date.`
              : `Published: ${published.created} table meetings created, ${published.updated} updated with attendees and schedules${published.cancelled > 0 ? `, ${published.cancelled} cancelled` : ''}.`}
          </Text>
        ) : null}
      </section>
    </div>
  );
}
