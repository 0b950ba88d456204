import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { characterCount, REQUEST_LIMITS } from '../../domain/precise-request';
import { describeSlot, type SheetSlot } from '../../domain/signup-sheet';
import { inputCeiling } from '../common/input-ceiling';
import type { ClaimRequest } from '../common/office-hours-ports';
import type { Viewer } from '../common/tab-ports';
import { CoachingBar } from '../request/coaching-bar';
import { useRequestForm } from '../request/use-request-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  reason: { color: tokens.colorPaletteRedForeground1 },
});

/** Office hours are short: the request's time box is fixed, the topic is the sheet's. */
const BOOKABLE = () => ({ bookable: true }) as const;

export interface ClaimFormProps {
  topic: string;
  slot: SheetSlot;
  viewer: Viewer;
  /** A sentence from the last attempt, at its field (the port checks the request too). */
  refused?: { field?: string; message: string };
  /** The claim is on its way: the form stays, its buttons wait. */
  busy?: boolean;
  onClaim: (request: ClaimRequest) => void;
  onBack: () => void;
}

/** The short precise request a slot is claimed with: the request form's fields, limits and coaching. */
export function ClaimForm({ topic, slot, viewer, refused, busy = false, onClaim, onBack }: ClaimFormProps) {
  const styles = useStyles();
  const goalRef = useRef<HTMLInputElement>(null);
  const form = useRequestForm({ goal: '', context: '', success: '', topic, timeBox: 30 }, BOOKABLE);
  const { draft } = form;
  const counter = (text: string, max: number) => `${characterCount(text)} / ${max}`;
  const at = (field: 'goal' | 'context' | 'success') => form.errorAt(field) ?? (refused?.field === field ? refused.message : undefined);
  const blocking = form.errors[0];
  return (
    <form
      className={styles.root}
      noValidate
      aria-label={`Claim ${describeSlot(slot, viewer)}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (form.request && !busy) onClaim({ goal: form.request.goal, context: form.request.context, success: form.request.success });
      }}
    >
      <Text weight="semibold">
        Claim {describeSlot(slot, viewer)} ({viewer.zone})
      </Text>
      <Field label="Your question: one goal for this slot" required validationMessage={at('goal')} hint={counter(draft.goal, REQUEST_LIMITS.goal.max)}>
        <Input
          ref={goalRef}
          value={draft.goal}
          onChange={(_, d) => form.set('goal', d.value)}
          onBlur={() => form.touch('goal')}
          maxLength={inputCeiling(REQUEST_LIMITS.goal.max)}
          placeholder={`Could I get your advice on one ${topic} question?`}
          data-testid="claim-goal"
        />
      </Field>
      <CoachingBar
        coaching={form.coaching}
        onAccept={(rewrite) => {
          form.acceptRewrite(rewrite);
          goalRef.current?.focus();
        }}
      />
      <Field label="Context (links welcome; https only)" validationMessage={at('context')} hint={counter(draft.context, REQUEST_LIMITS.context.max)}>
        <Textarea value={draft.context} onChange={(_, d) => form.set('context', d.value)} onBlur={() => form.touch('context')} maxLength={inputCeiling(REQUEST_LIMITS.context.max)} resize="vertical" data-testid="claim-context" />
      </Field>
      <Field label="What does success look like?" required validationMessage={at('success')} hint={counter(draft.success, REQUEST_LIMITS.success.max)}>
        <Textarea value={draft.success} onChange={(_, d) => form.set('success', d.value)} onBlur={() => form.touch('success')} maxLength={inputCeiling(REQUEST_LIMITS.success.max)} resize="vertical" data-testid="claim-success" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!form.request || busy} aria-describedby={blocking ? 'claim-blocked' : undefined} data-testid="claim-submit">
          Claim this slot
        </Button>
        <Button appearance="subtle" onClick={onBack} disabled={busy}>
          Back to the slots
        </Button>
        {blocking ? (
          <Text id="claim-blocked" className={styles.reason}>
            Before claiming: {blocking.message}
          </Text>
        ) : null}
      </div>
    </form>
  );
}
