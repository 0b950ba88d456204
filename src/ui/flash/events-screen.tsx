import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { FlashEventInput } from '../../domain/flash-event';
import { newFlashEventKey, type FlashEventRecord } from '../../domain/flash-record';
import { formatClock, formatDay } from '../../domain/render-html';
import { ErrorState } from '../common/error-state';
import type { FlashInvitation } from '../common/flash-event-ports';
import { LoadingState } from '../common/loading-state';
import { usePorts } from '../common/ports-context';
import type { PortError } from '../common/tab-ports';
import { EventForm } from './event-form';
import { EventPanel } from './event-panel';
import { asPortError } from './event-panel-state';
import { InvitationCard } from './invitation-card';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  eventButton: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', minWidth: 0, maxWidth: '100%' },
});

type ManagerView = { kind: 'list' } | { kind: 'new'; key: string } | { kind: 'event'; itemId: string };

/** Flash-mentoring events: invitations to register for, and (for program managers) the events they run. */
export function EventsScreen() {
  const ports = usePorts();
  const { viewer, flashEvents: port } = ports;
  const styles = useStyles();
  const [invitations, setInvitations] = useState<FlashInvitation[] | undefined>(undefined);
  const [mine, setMine] = useState<FlashEventRecord[] | undefined>(undefined);
  const [error, setError] = useState<PortError | undefined>(undefined);
  const [view, setView] = useState<ManagerView>({ kind: 'list' });
  const [creating, setCreating] = useState(false);
  const place = { zone: viewer.zone, locale: viewer.locale };

  const load = useCallback(async () => {
    setError(undefined);
    try {
      const [inv, own] = await Promise.all([port.myInvitations(), viewer.isProgramManager ? port.listMine() : Promise.resolve([])]);
      setInvitations(inv);
      setMine(own);
    } catch (e) {
      setError(asPortError(e));
    }
  }, [port, viewer.isProgramManager]);
  useEffect(() => {
    void load();
  }, [load]);

  const create = async (input: FlashEventInput, key: string) => {
    setCreating(true);
    setError(undefined);
    try {
      const created = await port.create(input, key);
      setMine((list) => [...(list ?? []).filter((e) => e.key !== created.event.key), created.event]);
      setView({ kind: 'event', itemId: created.event.itemId });
    } catch (e) {
      setError(asPortError(e));
    } finally {
      setCreating(false);
    }
  };

  if (view.kind === 'event') {
    return <EventPanel port={port} itemId={view.itemId} onBack={() => (setView({ kind: 'list' }), void load())} />;
  }
  if (view.kind === 'new') {
    return (
      <div className={styles.root}>
        <Subtitle2 as="h2">New flash event</Subtitle2>
        {error ? <ErrorState error={error} /> : null}
        <EventForm zone={viewer.zone} now={ports.now()} busy={creating} onSubmit={(input) => void create(input, view.key)} onCancel={() => setView({ kind: 'list' })} />
      </div>
    );
  }
  if (!invitations || !mine) return error ? <ErrorState error={error} onRetry={() => void load()} /> : <LoadingState label="Loading events…" />;
  return (
    <div className={styles.root} data-testid="events-screen">
      {error ? <ErrorState error={error} onRetry={() => void load()} /> : null}
      {viewer.isProgramManager ? (
        <section className={styles.section} aria-labelledby="flash-own">
          <Subtitle2 as="h2" id="flash-own">
            Flash events you run
          </Subtitle2>
          {mine.length === 0 ? <Text>No events yet.</Text> : null}
          <ul className={styles.list}>
            {mine.map((e) => (
              <li key={e.key}>
                <Button appearance="subtle" className={styles.eventButton} onClick={() => setView({ kind: 'event', itemId: e.itemId })}>
                  {e.title} · {formatDay(e.start, place, 'medium')} {formatClock(e.start, place)} · {e.status}
                </Button>
              </li>
            ))}
          </ul>
          <div>
            <Button appearance="primary" onClick={() => setView({ kind: 'new', key: newFlashEventKey(viewer.id, ports.now()) })} data-testid="new-event">
              New flash event
            </Button>
          </div>
        </section>
      ) : null}
      <section className={styles.section} aria-labelledby="flash-invited">
        <Subtitle2 as="h2" id="flash-invited">
          Your invitations
        </Subtitle2>
        {invitations.length === 0 ? <Text>No flash-mentoring invitations right now.</Text> : null}
        {invitations.map((inv) => (
          <InvitationCard
            key={inv.event.key}
            invitation={inv}
            place={place}
            now={ports.now()}
            onRegister={async (topics) => {
              const updated = await port.register(inv.event.key, topics);
              setInvitations((list) => (list ?? []).map((i) => (i.event.key === updated.event.key ? updated : i)));
            }}
            onRate={async (round, verdict) => {
              const updated = await port.rateRound(inv.event.key, round, verdict);
              setInvitations((list) => (list ?? []).map((i) => (i.event.key === updated.event.key ? updated : i)));
            }}
          />
        ))}
      </section>
    </div>
  );
}
