import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FlashParticipant, FlashRole } from '../../domain/flash-participants';
import type { FlashEventsPort, GroupChoice, PersonChoice } from '../common/flash-event-ports';
import { ErrorState } from '../common/error-state';
import type { PortError } from '../common/tab-ports';
import { asPortError } from './event-panel-state';

const SEARCH_MAX = 60;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  search: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  input: { flexGrow: 1, minWidth: 0 },
  groups: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  choices: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))', columnGap: tokens.spacingHorizontalM },
});

/**
 * Picking people to invite in one role: mentors from the Mentors list (loaded when asked), mentees
 * from a directory search. People already on the event are not offered again.
 */
export function InvitePeople({ role, port, invited, busy, onInvite, verb = 'Invite' }: { role: FlashRole; port: FlashEventsPort; invited: readonly Pick<FlashParticipant, 'userId'>[]; busy: boolean; onInvite: (people: PersonChoice[]) => void; /** The button's word (a pilot adds people). */ verb?: string }) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PersonChoice[] | undefined>(undefined);
  const [picked, setPicked] = useState<PersonChoice[]>([]);
  const [error, setError] = useState<PortError | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [groupQuery, setGroupQuery] = useState('');
  const [groups, setGroups] = useState<GroupChoice[] | undefined>(undefined);
  const onEvent = new Set(invited.map((p) => p.userId));
  const load = async (read: () => Promise<PersonChoice[]>, pickAll = false) => {
    setLoading(true);
    setError(undefined);
    try {
      const people = await read();
      setFound(people);
      // A group is invited whole: everyone new is ticked, and any can be unticked before inviting.
      if (pickAll) setPicked(people.filter((p) => !onEvent.has(p.userId)));
    } catch (e) {
      setError(asPortError(e));
    } finally {
      setLoading(false);
    }
  };
  const findGroups = async () => {
    setLoading(true);
    setError(undefined);
    try {
      setGroups(await port.searchGroups(groupQuery));
    } catch (e) {
      setError(asPortError(e));
    } finally {
      setLoading(false);
    }
  };
  const groupTooLong = groupQuery.trim().length > SEARCH_MAX;
  const tooLong = query.trim().length > SEARCH_MAX;
  const offered = (found ?? []).filter((p) => !onEvent.has(p.userId));
  const label = role === 'mentor' ? 'mentors' : 'mentees';
  return (
    <section className={styles.root} aria-label={`${verb} ${label}`} data-testid={`invite-${role}s`}>
      {role === 'mentor' ? (
        <Button onClick={() => void load(() => port.mentors())} disabled={busy || loading}>
          {loading ? 'Loading mentors…' : 'Choose mentors from the Mentors list'}
        </Button>
      ) : (
        <form
          className={styles.search}
          onSubmit={(e) => {
            e.preventDefault();
            if (!tooLong && query.trim()) void load(() => port.searchPeople(query));
          }}
        >
          <Field className={styles.input} label="Find mentees in the directory" validationState={tooLong ? 'error' : 'none'} validationMessage={tooLong ? `Search with at most ${SEARCH_MAX} characters.` : undefined}>
            <Input value={query} maxLength={SEARCH_MAX * 2} onChange={(_, d) => setQuery(d.value)} placeholder="Name or email" data-testid="mentee-search" />
          </Field>
          <Button type="submit" disabled={busy || loading || tooLong || !query.trim()}>
            Search
          </Button>
        </form>
      )}
      {role === 'mentee' ? (
        <form
          className={styles.search}
          onSubmit={(e) => {
            e.preventDefault();
            if (!groupTooLong && groupQuery.trim()) void findGroups();
          }}
        >
          <Field className={styles.input} label="Or invite a group (a team, this month's new joiners)" validationState={groupTooLong ? 'error' : 'none'} validationMessage={groupTooLong ? `Search with at most ${SEARCH_MAX} characters.` : undefined}>
            <Input value={groupQuery} maxLength={SEARCH_MAX * 2} onChange={(_, d) => setGroupQuery(d.value)} placeholder="Group name" data-testid="group-search" />
          </Field>
          <Button type="submit" disabled={busy || loading || groupTooLong || !groupQuery.trim()}>
            Find groups
          </Button>
        </form>
      ) : null}
      {groups && groups.length === 0 ? <Text>No group starts with “{groupQuery.trim()}”.</Text> : null}
      {groups && groups.length > 0 ? (
        <div className={styles.groups} role="group" aria-label="Groups found">
          {groups.map((g) => (
            <Button key={g.id} size="small" disabled={busy || loading} onClick={() => void load(() => port.groupMembers(g.id), true)} data-testid="group-choice">
              {g.name}
            </Button>
          ))}
        </div>
      ) : null}
      {error ? <ErrorState error={error} /> : null}
      {found && offered.length === 0 ? <Text>Nobody new to invite here.</Text> : null}
      {offered.length > 0 ? (
        <div className={styles.choices} role="group" aria-label={`People to invite as ${label}`}>
          {offered.map((p) => (
            <Checkbox
              key={p.userId}
              label={p.detail ? `${p.name} (${p.detail})` : p.name}
              checked={picked.some((x) => x.userId === p.userId)}
              onChange={(_, d) => setPicked((list) => (d.checked ? [...list, p] : list.filter((x) => x.userId !== p.userId)))}
            />
          ))}
        </div>
      ) : null}
      {picked.length > 0 ? (
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => {
            onInvite(picked);
            setPicked([]);
          }}
          data-testid={`invite-${role}s-send`}
        >
          {verb} {picked.length} {picked.length === 1 ? role : label}
        </Button>
      ) : null}
    </section>
  );
}
