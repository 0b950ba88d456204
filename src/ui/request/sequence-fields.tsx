// The request form's part for a skill sequence: how many sessions, the overall goal, each later
// session's goal (session 1's is the request's goal) and the proposed times for sessions 2..n,
// changeable among the mutual free times. Validation comes from the domain, at each field.
import { Field, Input, Radio, RadioGroup, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { characterCount } from '../../domain/precise-request';
import { SEQUENCE_LIMITS, validateSequencePlan, type SequenceError, type SequenceField, type SequenceLength, type SequencePlan } from '../../domain/skill-sequence';
import type { TimeBoxMinutes } from '../../domain/time-box';
import { inputCeiling } from '../common/input-ceiling';
import type { MentorListing, Viewer } from '../common/tab-ports';
import { formatSlot } from '../directory/format-slot';
import { useSequenceProposal, type SequenceProposal } from './use-sequence-proposal';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  session: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}` },
  note: { color: tokens.colorNeutralForeground3 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface SequenceDraft {
  length: SequenceLength;
  overallGoal: string;
  /** Goals of sessions 2 and 3 (session 1's is the request's goal). */
  laterGoals: [string, string];
  /** Starts the mentee chose for sessions 2 and 3 (index 1 and 2); undefined: the proposal. */
  chosen: (number | undefined)[];
  /** Book session 1 now and the others later, from My sessions. */
  later: boolean;
}

/** What the form books: the plan and a start for each session booked now (session 1 alone when the others come later), or why not yet. */
export type SequenceChoice = { ready: true; plan: SequencePlan; starts: number[] } | { ready: false; reason: string };

function useSequenceDraft(mentor: MentorListing, firstStart: number, box: TimeBoxMinutes, firstGoal: string) {
  const [draft, setDraft] = useState<SequenceDraft>({ length: 3, overallGoal: '', laterGoals: ['', ''], chosen: [], later: false });
  const [touched, setTouched] = useState<Partial<Record<SequenceField, boolean>>>({});
  const proposal = useSequenceProposal(mentor, firstStart, box, draft.length, draft.chosen);
  const validation = useMemo(
    () => validateSequencePlan({ overallGoal: draft.overallGoal, goals: [firstGoal, ...draft.laterGoals.slice(0, draft.length - 1)] }),
    [draft.overallGoal, draft.laterGoals, draft.length, firstGoal],
  );
  const errors: SequenceError[] = validation.ok ? [] : validation.errors.filter((e) => e.field !== 'goal-1');
  const choice = ((): SequenceChoice => {
    const blocking = errors[0];
    if (blocking) return { ready: false, reason: blocking.message };
    if (draft.later && validation.ok) return { ready: true, plan: validation.plan, starts: [firstStart] };
    if (proposal.kind !== 'sessions') return { ready: false, reason: proposal.kind === 'problem' ? proposal.message : 'Wait for the times of the later sessions.' };
    const missing = proposal.sessions.find((s) => s.start === undefined);
    if (missing) return { ready: false, reason: missing.problem ?? `Pick a time for session ${missing.index}.` };
    if (!validation.ok) return { ready: false, reason: 'Check the goals.' };
    return { ready: true, plan: validation.plan, starts: proposal.sessions.map((s) => s.start!) };
  })();
  return {
    draft,
    proposal,
    choice,
    errorAt: (field: SequenceField) => (touched[field] ? errors.find((e) => e.field === field)?.message : undefined),
    set: (next: Partial<SequenceDraft>, field?: SequenceField) => {
      setDraft((d) => ({ ...d, ...next }));
      if (field) setTouched((t) => ({ ...t, [field]: true }));
    },
    touch: (field: SequenceField) => setTouched((t) => ({ ...t, [field]: true })),
  };
}

export interface SequenceFieldsProps {
  mentor: MentorListing;
  /** Session 1's start, time box and goal, as the request form has them. */
  first: number;
  box: TimeBoxMinutes;
  firstGoal: string;
  viewer: Viewer;
  /** Told whenever what can be booked changes. */
  onChoice: (choice: SequenceChoice) => void;
}

/** Drawn only when the mentee chose a sequence: only then are the later weeks' calendars read. */
export function SequenceFields({ mentor, first, box, firstGoal, viewer, onChoice }: SequenceFieldsProps) {
  const styles = useStyles();
  const sequence = useSequenceDraft(mentor, first, box, firstGoal);
  const choiceKey = JSON.stringify(sequence.choice);
  useEffect(() => onChoice(JSON.parse(choiceKey) as SequenceChoice), [choiceKey, onChoice]);
  const { draft, proposal } = sequence;
  const max = SEQUENCE_LIMITS.sessionGoal.max;
  return (
    <div className={styles.root} data-testid="sequence-fields">
      <Field label="Sessions">
        <RadioGroup layout="horizontal" value={String(draft.length)} onChange={(_, d) => sequence.set({ length: Number(d.value) as SequenceLength })}>
          <Radio value="2" label="2 sessions" data-testid="sequence-length-2" />
          <Radio value="3" label="3 sessions" data-testid="sequence-length-3" />
        </RadioGroup>
      </Field>
      <Field label="Book">
        <RadioGroup value={draft.later ? 'later' : 'now'} onChange={(_, d) => sequence.set({ later: d.value === 'later' })}>
          <Radio value="now" label="All sessions now" data-testid="sequence-book-now" />
          <Radio value="later" label="Session 1 now, the next ones later from My sessions" data-testid="sequence-book-later" />
        </RadioGroup>
      </Field>
      <Field label="Overall goal: the skill you want by the last session" required validationMessage={sequence.errorAt('overallGoal')} hint={`${characterCount(draft.overallGoal)} / ${SEQUENCE_LIMITS.overallGoal.max}`}>
        <Input
          value={draft.overallGoal}
          onChange={(_, d) => sequence.set({ overallGoal: d.value }, 'overallGoal')}
          onBlur={() => sequence.touch('overallGoal')}
          maxLength={inputCeiling(SEQUENCE_LIMITS.overallGoal.max)}
          placeholder="Run a pricing review on my own"
          data-testid="sequence-overall-goal"
        />
      </Field>
      <Text size={200} className={styles.note}>
        Session 1's goal is your goal above. {draft.length === 2 ? 'Session 2 is' : 'Sessions 2 and 3 are'} proposed 1–2 weeks after the one before, at times you are both free.
      </Text>
      {Array.from({ length: draft.length - 1 }, (_, i) => {
        const index = i + 2;
        const field: SequenceField = `goal-${index}`;
        const goal = draft.laterGoals[i]!;
        return (
          <div key={index} className={styles.session} role="group" aria-label={`Session ${index} of ${draft.length}`}>
            <Text weight="semibold">
              Session {index} of {draft.length}
            </Text>
            <Field label={`Goal of session ${index}`} required validationMessage={sequence.errorAt(field)} hint={`${characterCount(goal)} / ${max}`}>
              <Input
                value={goal}
                onChange={(_, d) => {
                  const laterGoals: [string, string] = [...draft.laterGoals];
                  laterGoals[i] = d.value;
                  sequence.set({ laterGoals }, field);
                }}
                onBlur={() => sequence.touch(field)}
                maxLength={inputCeiling(max)}
                data-testid={`sequence-goal-${index}`}
              />
            </Field>
            {draft.later ? null : <SessionTime proposal={proposal} index={index} viewer={viewer} onPick={(start) => {
              const chosen = [...draft.chosen];
              chosen[index - 1] = start;
              // A later session is proposed again from the new time.
              sequence.set({ chosen: chosen.slice(0, index) });
            }} />}
          </div>
        );
      })}
    </div>
  );
}

function SessionTime({ proposal, index, viewer, onPick }: { proposal: SequenceProposal; index: number; viewer: Viewer; onPick: (start: number) => void }) {
  const styles = useStyles();
  if (proposal.kind === 'loading') return <Spinner size="tiny" label="Finding times you are both free…" labelPosition="after" />;
  if (proposal.kind === 'problem') return <Text className={styles.problem}>{proposal.message}</Text>;
  const session = proposal.sessions[index - 1];
  if (!session) return null;
  if (session.start === undefined) {
    return (
      <Text className={styles.problem} data-testid={`sequence-start-problem-${index}`}>
        {session.problem}
      </Text>
    );
  }
  return (
    <Field label={`Time of session ${index} (${viewer.zone})`}>
      <Select value={String(session.start)} onChange={(_, d) => onPick(Number(d.value))} data-testid={`sequence-start-${index}`}>
        {session.options.map((start) => (
          <option key={start} value={String(start)}>
            {formatSlot(start, viewer)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
