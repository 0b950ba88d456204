import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { SlotCheck } from '../../domain/free-slots';
import { characterCount, REQUEST_LIMITS, type PreciseRequest } from '../../domain/precise-request';
import { formatClock, formatDay } from '../../domain/render-html';
import type { SequencePlan } from '../../domain/skill-sequence';
import { findRewritePlaceholder } from '../../domain/rewrite-placeholders';
import type { TimeBoxMinutes } from '../../domain/time-box';
import type { MentorListing, Viewer } from '../common/tab-ports';
import { inputCeiling } from '../common/input-ceiling';
import { CoachingBar } from './coaching-bar';
import { SequenceFields, type SequenceChoice } from './sequence-fields';
import { suggestedTopic } from './suggested-topic';
import { useRequestForm, type RequestDraft } from './use-request-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0 },
  counter: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  reason: { color: tokens.colorPaletteRedForeground1 },
});

export interface RequestFormProps {
  mentor: MentorListing;
  start: number;
  timeBox: TimeBoxMinutes;
  viewer: Viewer;
  /** The topic the search was filtered on, if any. */
  topic?: string;
  /** The words of the search, which with the goal choose the mentor's best-fitting topic. */
  search?: string;
  /** Whether the chosen start is still bookable for a time box (the domain's check). */
  checkSlot: (box: TimeBoxMinutes) => SlotCheck;
  /** Where the request starts from (a follow-up of an earlier session); empty otherwise. */
  prefill?: { goal: string; context: string };
  onBook: (request: PreciseRequest) => void;
  onBack: () => void;
  /** Another ending than booking (the Outlook pane): its button, and what it shows under it. */
  action?: { label: string; blockedPrefix: string; testId: string; result?: ReactNode };
  /** Given, the mentee may book a short sequence (2–3 sessions) instead: each session's request and start. */
  onBookSequence?: (request: PreciseRequest, plan: SequencePlan, starts: number[]) => void;
}

/** The precise request: one goal, context, what success looks like, topic and time box. */
export function RequestForm({ mentor, start, timeBox, viewer, topic, search, checkSlot, prefill, onBook, onBack, action, onBookSequence }: RequestFormProps) {
  const styles = useStyles();
  const goalRef = useRef<HTMLInputElement>(null);
  const suggest = useCallback((goal: string) => suggestedTopic(mentor.topics, topic ?? '', [goal, search ?? '']), [mentor.topics, topic, search]);
  const initial: RequestDraft = { goal: prefill?.goal ?? '', context: prefill?.context ?? '', success: '', topic: suggest(prefill?.goal ?? '') ?? '', timeBox };
  const form = useRequestForm(initial, checkSlot, suggest);
  const { draft, coaching } = form;
  const place = { zone: viewer.zone, locale: viewer.locale };
  const lengths = mentor.sessionLengths.length > 0 ? mentor.sessionLengths : [timeBox];
  const [format, setFormat] = useState<'one-time' | 'sequence'>('one-time');
  const asSequence = format === 'sequence' && onBookSequence !== undefined;
  const [sequence, setSequence] = useState<SequenceChoice>({ ready: false, reason: 'Wait for the times of the later sessions.' });
  const sequenceBlock = asSequence && !sequence.ready ? { code: 'sequence', message: sequence.reason } : undefined;
  const blocking = form.errors[0] ?? sequenceBlock;

  const counter = (text: string, max: number) => `${characterCount(text)} / ${max}`;

  return (
    <form
      className={styles.root}
      aria-labelledby="request-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.request) return;
        if (!asSequence) onBook(form.request);
        else if (sequence.ready) onBookSequence(form.request, sequence.plan, sequence.starts);
      }}
    >
      <div>
        <Button appearance="subtle" onClick={onBack}>
          ← Back to {mentor.displayName}
        </Button>
      </div>
      <Text as="h2" block size={500} weight="semibold" id="request-heading">
        Ask {mentor.displayName}
      </Text>
      <Text>
        {formatDay(start, place)} at {formatClock(start, place)} ({viewer.zone})
      </Text>

      {onBookSequence ? (
        <Field label="How many sessions">
          <RadioGroup layout="horizontal" value={format} onChange={(_, d) => setFormat(d.value === 'sequence' ? 'sequence' : 'one-time')}>
            <Radio value="one-time" label="One session" data-testid="request-format-one-time" />
            <Radio value="sequence" label="A short sequence (2–3 sessions)" data-testid="request-format-sequence" />
          </RadioGroup>
        </Field>
      ) : null}

      <Field
        label={asSequence ? 'Goal of session 1: one question or objective' : 'Your goal: one question or objective'}
        required
        validationMessage={form.errorAt('goal')}
        hint={counter(draft.goal, REQUEST_LIMITS.goal.max)}
      >
        <Input
          ref={goalRef}
          value={draft.goal}
          onChange={(_, d) => form.set('goal', d.value)}
          onBlur={() => form.touch('goal')}
          maxLength={inputCeiling(REQUEST_LIMITS.goal.max)}
          placeholder="Could I get your feedback on my slides for the board review?"
          data-testid="request-goal"
        />
      </Field>

      <CoachingBar
        coaching={coaching}
        onAccept={(rewrite) => {
          form.acceptRewrite(rewrite);
          selectFirstPlaceholder(goalRef.current, rewrite.text);
        }}
      />
      {draft.goal.includes('[') ? <Text size={200}>Replace the parts in [brackets] with your own words.</Text> : null}

      <Field label="Context (links to documents welcome; https only)" validationMessage={form.errorAt('context')} hint={counter(draft.context, REQUEST_LIMITS.context.max)}>
        <Textarea value={draft.context} onChange={(_, d) => form.set('context', d.value)} onBlur={() => form.touch('context')} maxLength={inputCeiling(REQUEST_LIMITS.context.max)} resize="vertical" data-testid="request-context" />
      </Field>

      <Field label="What does success look like?" required validationMessage={form.errorAt('success')} hint={counter(draft.success, REQUEST_LIMITS.success.max)}>
        <Textarea value={draft.success} onChange={(_, d) => form.set('success', d.value)} onBlur={() => form.touch('success')} maxLength={inputCeiling(REQUEST_LIMITS.success.max)} resize="vertical" data-testid="request-success" />
      </Field>

      <Field label="Topic" required validationMessage={form.errorAt('topic')}>
        <Select value={draft.topic} onChange={(_, d) => form.set('topic', d.value)} data-testid="request-topic">
          {mentor.topics.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </Field>

      <Field label="Time box" validationMessage={form.errorAt('timeBox')}>
        <RadioGroup layout="horizontal" value={String(draft.timeBox)} onChange={(_, d) => form.set('timeBox', Number(d.value) as TimeBoxMinutes)}>
          {lengths.map((length) => (
            <Radio key={length} value={String(length)} label={`${length} minutes`} />
          ))}
        </RadioGroup>
      </Field>

      {asSequence ? <SequenceFields mentor={mentor} first={start} box={draft.timeBox} firstGoal={draft.goal} viewer={viewer} onChoice={setSequence} /> : null}

      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!form.request || Boolean(sequenceBlock)} aria-describedby={blocking ? 'book-blocked' : undefined} data-testid={action?.testId ?? 'book-button'}>
          {action ? action.label : asSequence && sequence.ready ? (sequence.starts.length < sequence.plan.goals.length ? `Book session 1 of ${sequence.plan.goals.length}` : `Book ${sequence.starts.length} sessions of ${draft.timeBox} minutes`) : asSequence ? 'Book the sessions' : `Book ${draft.timeBox} minutes`}
        </Button>
        {blocking ? (
          <Text id="book-blocked" className={styles.reason} data-testid="book-blocked">
            {action ? action.blockedPrefix : 'Before booking'}: {blocking.message}
          </Text>
        ) : null}
      </div>
      {action?.result}
    </form>
  );
}

/** After "Use this rewrite": the goal has focus with its first [bracketed] part selected, ready to type over. */
function selectFirstPlaceholder(input: HTMLInputElement | HTMLTextAreaElement | null, goal: string): void {
  if (!input) return;
  input.focus();
  const placeholder = findRewritePlaceholder(goal);
  if (!placeholder) return;
  const at = goal.indexOf(placeholder);
  // After React has written the new value into the control.
  requestAnimationFrame(() => input.setSelectionRange(at, at + placeholder.length));
}
