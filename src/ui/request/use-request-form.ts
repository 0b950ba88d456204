// The request form's state: the draft as typed, validation and coaching from the domain on every
// change, and which fields the person has touched (errors show at a field once it was touched).
import { useDeferredValue, useMemo, useState } from 'react';
import type { SlotCheck } from '../../domain/free-slots';
import { validateRequest, type PreciseRequest, type RequestError, type RequestField } from '../../domain/precise-request';
import { coachRequest, type RewriteShape } from '../../domain/request-coaching';
import type { TimeBoxMinutes } from '../../domain/time-box';

export interface RequestDraft {
  goal: string;
  context: string;
  success: string;
  topic: string;
  timeBox: TimeBoxMinutes;
}

/** What "Use this rewrite" puts in the form: the precise goal, and a success line when there is none yet. */
export function applyRewrite(draft: RequestDraft, rewrite: RewriteShape): RequestDraft {
  const help = rewrite.helpKind.inferred ? rewrite.helpKind.text : 'advice';
  const forWhat = rewrite.situation.inferred ? ` before ${rewrite.situation.text}` : '';
  const success = draft.success.trim() !== '' ? draft.success : `I leave with ${help} I can act on${forWhat}, and one next step written down.`;
  return { ...draft, goal: rewrite.text, success };
}

/**
 * `suggestTopic` names the topic that fits a goal best; until the person picks a topic themselves,
 * the topic follows the goal as they type it.
 */
export function useRequestForm(initial: RequestDraft, checkSlot: (box: TimeBoxMinutes) => SlotCheck, suggestTopic?: (goal: string) => string | undefined) {
  const [typed, setDraft] = useState<RequestDraft>(initial);
  const [touched, setTouched] = useState<Partial<Record<RequestField, boolean>>>({});
  const suggested = useMemo(() => (touched.topic || !suggestTopic ? undefined : suggestTopic(typed.goal)), [touched.topic, suggestTopic, typed.goal]);
  const draft = useMemo(() => (suggested ? { ...typed, topic: suggested } : typed), [typed, suggested]);
  const validation = useMemo(() => validateRequest(draft), [draft]);
  // Coaching may lag a keystroke behind typing; validation never does.
  const typedGoal = useDeferredValue(draft.goal);
  const coaching = useMemo(
    () => (typedGoal.trim() === '' ? undefined : coachRequest({ goal: typedGoal, context: draft.context, topic: draft.topic, timeBox: draft.timeBox })),
    [typedGoal, draft.context, draft.topic, draft.timeBox],
  );
  const slot = useMemo(() => checkSlot(draft.timeBox), [checkSlot, draft.timeBox]);

  const errors: RequestError[] = validation.ok ? [] : validation.errors;
  const slotError: RequestError | undefined = slot.bookable ? undefined : { code: 'time-box-invalid', field: 'timeBox', message: slot.reason.message };
  const allErrors = slotError ? [...errors, slotError] : errors;

  return {
    draft,
    coaching,
    errors: allErrors,
    request: validation.ok && !slotError ? (validation.request as PreciseRequest) : undefined,
    /** The first error at a field, once the person has been there (a slot problem shows at once). */
    errorAt: (field: RequestField): string | undefined => {
      const error = allErrors.find((e) => e.field === field);
      if (!error) return undefined;
      return touched[field] || error === slotError ? error.message : undefined;
    },
    set: <K extends keyof RequestDraft>(field: K, value: RequestDraft[K]) => {
      setDraft((d) => ({ ...d, [field]: value }));
      setTouched((t) => ({ ...t, [field]: true }));
    },
    touch: (field: RequestField) => setTouched((t) => ({ ...t, [field]: true })),
    acceptRewrite: (rewrite: RewriteShape) => {
      setDraft((d) => applyRewrite(d, rewrite));
      setTouched((t) => ({ ...t, goal: true, success: true }));
    },
  };
}
