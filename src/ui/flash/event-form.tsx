import { Button, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FLASH_LIMITS, checkFlashEvent, type FlashEventInput, type FlashFieldError } from '../../domain/flash-event';
import { inputCeiling } from '../common/input-ceiling';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 11rem), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  input: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The form as typed: text everywhere, read into numbers and a topic list when checked. */
export interface EventDraft {
  title: string;
  date: string;
  startTime: string;
  zone: string;
  roundMinutes: string;
  rounds: string;
  breakMinutes: string;
  topics: string;
  registrationCloses: string;
}

export function draftToInput(d: EventDraft): FlashEventInput {
  const whole = (s: string) => (/^\s*\d{1,3}\s*$/.test(s) ? Number(s) : NaN);
  return {
    title: d.title,
    date: d.date,
    startTime: d.startTime,
    zone: d.zone.trim(),
    roundMinutes: whole(d.roundMinutes),
    rounds: whole(d.rounds),
    breakMinutes: whole(d.breakMinutes),
    topics: d.topics.split(/\n|,/),
    registrationCloses: d.registrationCloses,
  };
}

export interface EventFormProps {
  zone: string;
  now: number;
  busy: boolean;
  onSubmit: (input: FlashEventInput) => void;
  onCancel: () => void;
}

/** A new flash event: every field with its limit, and each error at its field when Create is pressed. */
export function EventForm({ zone, now, busy, onSubmit, onCancel }: EventFormProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<EventDraft>({ title: '', date: '', startTime: '14:00', zone, roundMinutes: '10', rounds: '3', breakMinutes: '5', topics: '', registrationCloses: '' });
  const [errors, setErrors] = useState<FlashFieldError[]>([]);
  const edit = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorOf = (field: keyof FlashEventInput) => errors.find((e) => e.field === field)?.message;
  const state = (field: keyof FlashEventInput) => (errorOf(field) ? 'error' : 'none');
  const submit = () => {
    const input = draftToInput(draft);
    const check = checkFlashEvent(input, now);
    setErrors(check.ok ? [] : check.errors);
    if (check.ok) onSubmit(input);
  };
  const text = (field: 'title' | 'zone' | 'rounds' | 'breakMinutes', label: string, hint: string | undefined, max: number) => (
    <Field label={label} hint={hint} required={field === 'title'} validationState={state(field)} validationMessage={errorOf(field)}>
      <Input className={styles.input} value={draft[field]} maxLength={inputCeiling(max)} disabled={busy} onChange={(_, d) => edit({ [field]: d.value })} data-testid={`event-${field}`} />
    </Field>
  );
  return (
    <form
      className={styles.form}
      aria-label="New flash event"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {text('title', 'Title', `Up to ${FLASH_LIMITS.titleMax} characters.`, FLASH_LIMITS.titleMax)}
      <div className={styles.row}>
        <Field label="Date" required validationState={state('date')} validationMessage={errorOf('date')}>
          <Input className={styles.input} type="date" value={draft.date} disabled={busy} onChange={(_, d) => edit({ date: d.value })} data-testid="event-date" />
        </Field>
        <Field label="Start time" required validationState={state('startTime')} validationMessage={errorOf('startTime')}>
          <Input className={styles.input} type="time" value={draft.startTime} disabled={busy} onChange={(_, d) => edit({ startTime: d.value })} data-testid="event-startTime" />
        </Field>
        {text('zone', 'Time zone', 'The date and times above are in this zone.', 64)}
      </div>
      <Field label="Round length" validationState={state('roundMinutes')} validationMessage={errorOf('roundMinutes')}>
        <RadioGroup layout="horizontal" value={draft.roundMinutes} disabled={busy} onChange={(_, d) => edit({ roundMinutes: d.value })}>
          <Radio value="10" label="10 minutes" />
          <Radio value="15" label="15 minutes" />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {text('rounds', 'Rounds', `${FLASH_LIMITS.roundsMin} to ${FLASH_LIMITS.roundsMax}.`, 3)}
        {text('breakMinutes', 'Break between rounds (minutes)', `${FLASH_LIMITS.breakMinutesMin} to ${FLASH_LIMITS.breakMinutesMax}.`, 3)}
      </div>
      <Field label="Topics" required hint={`One a line, up to ${FLASH_LIMITS.topicsMax}. Mentees pick up to three.`} validationState={state('topics')} validationMessage={errorOf('topics')}>
        <Textarea value={draft.topics} rows={4} maxLength={inputCeiling(FLASH_LIMITS.topicsMax * (FLASH_LIMITS.topicMax + 1))} disabled={busy} onChange={(_, d) => edit({ topics: d.value })} data-testid="event-topics" />
      </Field>
      <Field label="Registration closes" required hint="In the event's time zone; at the latest when it starts." validationState={state('registrationCloses')} validationMessage={errorOf('registrationCloses')}>
        <Input className={styles.input} type="datetime-local" value={draft.registrationCloses} disabled={busy} onChange={(_, d) => edit({ registrationCloses: d.value })} data-testid="event-registrationCloses" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy} data-testid="event-create">
          {busy ? 'Creating…' : 'Create event'}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
