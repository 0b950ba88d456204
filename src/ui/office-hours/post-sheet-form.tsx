import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { characterCount } from '../../domain/precise-request';
import { formatClock } from '../../domain/render-html';
import { SHEET_LIMITS, type SheetError, type SheetSlot } from '../../domain/signup-sheet';
import { civilFromDay, dayFromCivil, localDayOf, localWallTime } from '../../domain/zone-time';
import { inputCeiling } from '../common/input-ceiling';
import { LoadingState } from '../common/loading-state';
import type { SheetMentor, SheetView } from '../common/office-hours-ports';
import { usePorts } from '../common/ports-context';
import type { PortError } from '../common/tab-ports';
import { newSessionKey } from '../booking/session-key';
import { asPortError } from './claim-flow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '40rem' },
  slots: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  error: { color: tokens.colorPaletteRedForeground1 },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1 },
});

const LENGTHS = [15, 30] as const;
const isoDay = (day: number) => {
  const { year, month, day: d } = civilFromDay(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/**
 * Post a sheet: for whom (a program manager picks the mentor), the topic (from the mentor's), a
 * day, the slot length, and which of the mentor's free times to offer (only those are listed).
 */
export function PostSheetForm({ onPosted }: { onPosted: (view: SheetView) => void }) {
  const ports = usePorts();
  const { viewer } = ports;
  const styles = useStyles();
  const [mentors, setMentors] = useState<SheetMentor[] | PortError | undefined>(undefined);
  const [mentorId, setMentorId] = useState('');
  const [topic, setTopic] = useState('');
  const tomorrow = localDayOf(viewer.zone, ports.now()) + 1;
  const [day, setDay] = useState(isoDay(tomorrow));
  const [length, setLength] = useState<(typeof LENGTHS)[number]>(15);
  const [free, setFree] = useState<SheetSlot[] | PortError | 'loading'>('loading');
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<SheetError[]>([]);
  const [failure, setFailure] = useState<PortError | undefined>(undefined);
  const [posting, setPosting] = useState(false);
  // One key per form: posting twice (a retry, a double click) finds the first sheet.
  const [key] = useState(newSessionKey);

  useEffect(() => {
    ports.officeHours.postableMentors().then(
      (list) => {
        setMentors(list);
        const first = list.find((m) => m.id === viewer.id) ?? list[0];
        if (first) {
          setMentorId(first.id);
          setTopic(first.topics[0] ?? '');
        }
      },
      (error: unknown) => setMentors(asPortError(error)),
    );
  }, [ports.officeHours, viewer.id]);

  const mentor = Array.isArray(mentors) ? mentors.find((m) => m.id === mentorId) : undefined;
  const dayNumber = parseDay(day);

  useEffect(() => {
    if (!mentor || dayNumber === undefined) return;
    let live = true;
    setFree('loading');
    setChosen(new Set());
    const from = localWallTime(viewer.zone, dayNumber, 0);
    const to = localWallTime(viewer.zone, dayNumber + 1, 0);
    ports.officeHours.freeSlots(mentor, from, to, length).then(
      (slots) => live && setFree(slots),
      (error: unknown) => live && setFree(asPortError(error)),
    );
    return () => {
      live = false;
    };
  }, [ports.officeHours, mentor, dayNumber, length, viewer.zone]);

  if (mentors === undefined) return <LoadingState label="Loading who you can post for…" />;
  if (!Array.isArray(mentors)) return <Text className={styles.error}>{mentors.message}</Text>;
  if (mentors.length === 0) return <Text>Only mentors (with an offer in “My offer”) and program managers post office hours.</Text>;

  const errorAt = (field: SheetError['field']) => errors.filter((e) => e.field === field).map((e) => e.message).join(' ') || undefined;
  const freeSlots = Array.isArray(free) ? free : [];
  const dayError = dayNumber === undefined ? 'Choose a day.' : dayNumber < tomorrow - 1 ? 'Choose today or a later day.' : undefined;

  async function post() {
    if (!mentor) return;
    setPosting(true);
    setFailure(undefined);
    try {
      const slots = freeSlots.filter((s) => chosen.has(s.start));
      const result = await ports.officeHours.post(mentor, { topic, note, slots }, key);
      if (result.kind === 'invalid') setErrors(result.errors);
      else onPosted(result.view);
    } catch (error) {
      setFailure(asPortError(error));
    } finally {
      setPosting(false);
    }
  }

  return (
    <form
      className={styles.root}
      aria-label="Post office hours"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void post();
      }}
    >
      {viewer.isProgramManager ? (
        <Field label="Mentor">
          <Select
            value={mentorId}
            onChange={(_, d) => {
              setMentorId(d.value);
              setTopic(mentors.find((m) => m.id === d.value)?.topics[0] ?? '');
            }}
            data-testid="post-mentor"
          >
            {mentors.map((m) => (
              <option key={m.id} value={m.id}>
                {m.displayName}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label="Topic" required validationMessage={errorAt('topic')}>
        <Select value={topic} onChange={(_, d) => setTopic(d.value)} data-testid="post-topic">
          {(mentor?.topics ?? []).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={`Day (${viewer.zone})`} required validationMessage={dayError}>
        <Input type="date" value={day} min={isoDay(tomorrow - 1)} onChange={(_, d) => setDay(d.value)} data-testid="post-day" />
      </Field>
      <Field label="Slot length">
        <RadioGroup layout="horizontal" value={String(length)} onChange={(_, d) => setLength(Number(d.value) === 30 ? 30 : 15)}>
          {LENGTHS.map((l) => (
            <Radio key={l} value={String(l)} label={`${l} minutes`} />
          ))}
        </RadioGroup>
      </Field>
      {/* A fieldset, not a Field: a Field hands its label and required mark to every checkbox inside. */}
      <fieldset className={styles.fieldset} aria-describedby={errorAt('slots') ? 'post-slots-error' : undefined}>
        <legend className={styles.legend}>Free times in {mentor?.displayName ?? 'the mentor'}'s calendar</legend>
        {free === 'loading' ? (
          <LoadingState label="Reading the calendar…" />
        ) : !Array.isArray(free) ? (
          <Text className={styles.error}>{free.message}</Text>
        ) : free.length === 0 ? (
          <Text>Nothing free that day. Choose another day.</Text>
        ) : (
          <div className={styles.slots} role="group" aria-label="Slots to offer">
            {free.map((s) => (
              <Checkbox
                key={s.start}
                label={`${formatClock(s.start, viewer)}–${formatClock(s.end, viewer)}`}
                checked={chosen.has(s.start)}
                disabled={!chosen.has(s.start) && chosen.size >= SHEET_LIMITS.slots.max}
                onChange={(_, d) =>
                  setChosen((c) => {
                    const next = new Set(c);
                    if (d.checked) next.add(s.start);
                    else next.delete(s.start);
                    return next;
                  })
                }
              />
            ))}
          </div>
        )}
        {errorAt('slots') ? (
          <Text id="post-slots-error" className={styles.error} role="alert">
            {errorAt('slots')}
          </Text>
        ) : null}
      </fieldset>
      <Field label="Note (optional)" validationMessage={errorAt('note')} hint={`${characterCount(note)} / ${SHEET_LIMITS.note.max}`}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} maxLength={inputCeiling(SHEET_LIMITS.note.max)} placeholder="Bring one question about pricing." data-testid="post-note" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={posting || chosen.size === 0 || Boolean(dayError)} data-testid="post-submit">
          {posting ? 'Posting…' : `Post ${chosen.size} slot${chosen.size === 1 ? '' : 's'}`}
        </Button>
        {failure ? <Text className={styles.error}>{failure.message}</Text> : null}
      </div>
    </form>
  );
}

/** "2026-03-04" as a day number, or undefined. */
function parseDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const day = dayFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDay(day) === text ? day : undefined;
}
