// The "My offer" screen's state: the domain's form reducer plus its two effects (read, save).
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { initialOfferState, offerFormReducer, visibleOfferErrors, type OfferDraft, type OfferField } from '../../domain/mentor-offer';
import { toPortError } from '../common/error-state';
import type { MentorOfferPort } from '../common/tab-ports';

export function useMentorOffer(port: MentorOfferPort) {
  const [state, dispatch] = useReducer(offerFormReducer, undefined, initialOfferState);
  const vocabulary = useMemo(() => port.topics(), [port]);

  useEffect(() => {
    if (state.phase !== 'loading') return;
    let live = true;
    port.read().then(
      (stored) => live && dispatch({ type: 'loaded', stored }),
      (error: unknown) => live && dispatch({ type: 'load-failed', error: toPortError(error) }),
    );
    return () => {
      live = false;
    };
  }, [state.phase, port]);

  // One save per attempt, even if React runs the effect twice.
  const saving = useRef(0);
  useEffect(() => {
    const pending = state.pending;
    if (state.phase !== 'saving' || !pending || saving.current === state.attempt) return;
    saving.current = state.attempt;
    port.save(state.base, pending).then(
      (result) =>
        dispatch(result.kind === 'saved' ? { type: 'saved', stored: result.stored } : { type: 'conflict', fields: result.fields, theirs: result.theirs }),
      (error: unknown) => dispatch({ type: 'save-failed', error: toPortError(error) }),
    );
  }, [state.phase, state.pending, state.base, state.attempt, port]);

  const errors = useMemo(() => visibleOfferErrors(state, vocabulary), [state, vocabulary]);
  return {
    state,
    vocabulary,
    errors,
    edit: useCallback((patch: Partial<OfferDraft>) => dispatch({ type: 'edit', patch }), []),
    touch: useCallback((field: OfferField) => dispatch({ type: 'touch', field }), []),
    save: useCallback(() => dispatch({ type: 'save', vocabulary }), [vocabulary]),
    keepMine: useCallback(() => dispatch({ type: 'keep-mine' }), []),
    takeTheirs: useCallback(() => dispatch({ type: 'take-theirs' }), []),
    reload: useCallback(() => dispatch({ type: 'reload' }), []),
  };
}

