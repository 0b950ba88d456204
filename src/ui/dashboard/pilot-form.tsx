import { Button, Field, Input, Subtitle2, Tag, TagGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { isoDay, type StoredPilot } from '../../domain/dashboard-figures';
import { PILOT_LIMITS, checkPilot, type Pilot, type PilotField } from '../../domain/pilot';
import { newSessionKey } from '../booking/session-key';
import type { PersonChoice } from '../common/flash-event-ports';
import { ErrorState, toPortError } from '../common/error-state';
import { usePorts } from '../common/ports-context';
import type { PortError } from '../common/tab-ports';
import { InvitePeople } from '../flash/invite-people';
import { parseDay } from './day-value';

const DAY = 86_400_000;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))', gap: tokens.spacingHorizontalM },
  people: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Draft {
  name: string;
  from: string;
  to: string;
  sessions: string;
  metOrPartly: string;
}

/** "Start a pilot": a name, its days in the viewer's zone, its people (picked or a group) and its goal. */
export function PilotForm({ onStarted, onCancel }: { onStarted: (pilot: StoredPilot) => void; onCancel: () => void }) {
  const styles = useStyles();
  const { viewer, now, dashboard, flashEvents } = usePorts();
  const today = now();
  const [draft, setDraft] = useState<Draft>({ name: '', from: isoDay(viewer.zone, today), to: isoDay(viewer.zone, today + 27 * DAY), sessions: '20', metOrPartly: '70' });
  const [mentors, setMentors] = useState<PersonChoice[]>([]);
  const [mentees, setMentees] = useState<PersonChoice[]>([]);
  const [errors, setErrors] = useState<Partial<Record<PilotField, string>>>({});
  const [failure, setFailure] = useState<PortError>();
  const [busy, setBusy] = useState(false);
  // One key per form: a retry after a lost answer finds the pilot already stored, never a second one.
  const [key] = useState(() => `pilot-${newSessionKey()}`);
  const edit = (field: keyof Draft) => (_: unknown, d: { value: string }) => setDraft((x) => ({ ...x, [field]: d.value }));
  const add = (set: typeof setMentors) => (people: PersonChoice[]) => set((list) => [...list, ...people.filter((p) => !list.some((x) => x.userId === p.userId))]);

  const submit = async () => {
    const from = parseDay(draft.from, viewer.zone);
    const to = parseDay(draft.to, viewer.zone, 1);
    const found: Partial<Record<PilotField, string>> = {};
    if (!from.ok || !to.ok || from.start === undefined || to.start === undefined) found.dates = !from.ok ? from.message : !to.ok ? to.message : 'Choose the first and last day of the pilot.';
    const sessions = Number(draft.sessions);
    const share = Number(draft.metOrPartly);
    const pilot: Pilot = {
      name: draft.name,
      from: from.ok && from.start !== undefined ? from.start : NaN,
      to: to.ok && to.start !== undefined ? to.start : NaN,
      people: [...mentors, ...mentees].map((p) => p.userId),
      goal: { sessions: draft.sessions.trim() === '' ? NaN : sessions, metOrPartly: draft.metOrPartly.trim() === '' ? NaN : share / 100 },
    };
    for (const e of checkPilot(pilot)) found[e.field] ??= e.message;
    if (mentors.length === 0 || mentees.length === 0) found.people ??= 'Add at least one mentor and one mentee.';
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await dashboard.startPilot({ ...pilot, name: pilot.name.trim() }, key);
      if (result.kind === 'invalid') setErrors({ [result.field]: result.message });
      else onStarted(result.pilot);
    } catch (e) {
      setFailure(toPortError(e));
    } finally {
      setBusy(false);
    }
  };

  const chosen = (label: string, list: PersonChoice[], set: typeof setMentors, testId: string) =>
    list.length > 0 ? (
      <TagGroup aria-label={label} onDismiss={(_, d) => set((l) => l.filter((p) => p.userId !== d.value))} data-testid={testId}>
        {list.map((p) => (
          <Tag key={p.userId} value={p.userId} dismissible dismissIcon={{ 'aria-label': `Remove ${p.name}` }}>
            {p.name}
          </Tag>
        ))}
      </TagGroup>
    ) : null;

  return (
    // A section, not a form: the people pickers hold search forms of their own (forms do not nest).
    <section className={styles.root} aria-labelledby="pilot-form-title" data-testid="pilot-form">
      <Subtitle2 as="h3" id="pilot-form-title">
        Start a pilot
      </Subtitle2>
      <Field label="Name" required validationState={errors.name ? 'error' : 'none'} validationMessage={errors.name}>
        <Input value={draft.name} maxLength={PILOT_LIMITS.nameMax * 2} onChange={edit('name')} placeholder="Sales onboarding pilot" data-testid="pilot-name" />
      </Field>
      <div className={styles.row}>
        <Field label={`First day (${viewer.zone})`} validationState={errors.dates ? 'error' : 'none'} validationMessage={errors.dates}>
          <Input type="date" value={draft.from} onChange={edit('from')} data-testid="pilot-from" />
        </Field>
        <Field label="Last day">
          <Input type="date" value={draft.to} onChange={edit('to')} data-testid="pilot-to" />
        </Field>
      </div>
      <div className={styles.people}>
        <Text weight="semibold">Mentors ({mentors.length})</Text>
        {chosen('Mentors in the pilot', mentors, setMentors, 'pilot-mentors')}
        <InvitePeople role="mentor" port={flashEvents} invited={mentors} busy={busy} onInvite={add(setMentors)} verb="Add" />
        <Text weight="semibold">Mentees ({mentees.length})</Text>
        {chosen('Mentees in the pilot', mentees, setMentees, 'pilot-mentees')}
        <InvitePeople role="mentee" port={flashEvents} invited={mentees} busy={busy} onInvite={add(setMentees)} verb="Add" />
        {errors.people ? (
          <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }} data-testid="pilot-people-error">
            {errors.people}
          </Text>
        ) : null}
      </div>
      <div className={styles.row}>
        <Field label="Goal: sessions" validationState={errors.sessions ? 'error' : 'none'} validationMessage={errors.sessions}>
          <Input type="number" min={1} max={PILOT_LIMITS.sessionsGoalMax} value={draft.sessions} onChange={edit('sessions')} data-testid="pilot-goal-sessions" />
        </Field>
        <Field label="Goal: % met or partly" validationState={errors.metOrPartly ? 'error' : 'none'} validationMessage={errors.metOrPartly}>
          <Input type="number" min={0} max={100} value={draft.metOrPartly} onChange={edit('metOrPartly')} data-testid="pilot-goal-share" />
        </Field>
      </div>
      {failure ? <ErrorState error={failure} onRetry={() => void submit()} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void submit()} disabled={busy} data-testid="pilot-start">
          {busy ? 'Starting…' : 'Start the pilot'}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
