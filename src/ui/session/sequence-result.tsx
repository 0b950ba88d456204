// In a skill sequence's last session: the mentee's verdict on the whole sequence against its
// overall goal (the mentor sees it), beside what the sessions' own results suggest.
import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { RESULT_LABELS } from '../../domain/render-chat-messages';
import { SESSION_RESULTS, type Session, type SessionResult } from '../../domain/session';
import type { SessionEdit } from '../../domain/session-edits';
import { isLastOfSequence } from '../../domain/skill-sequence';

export function SequenceResult({ session, mentee, menteeName, onEdit }: { session: Session; mentee: boolean; menteeName: string; onEdit: (...edits: SessionEdit[]) => void }) {
  const seq = session.sequence;
  if (!seq || !isLastOfSequence(session)) return null;
  const goal = seq.goal ? `“${seq.goal}”` : 'the overall goal';
  if (!mentee) {
    return (
      <Text data-testid="sequence-result-shown">
        {seq.result ? `${menteeName} on the sequence (${goal}): ${RESULT_LABELS[seq.result]}.` : `${menteeName} has not recorded the sequence's result yet.`}
      </Text>
    );
  }
  return (
    <Field label={`This was the last of ${seq.of} sessions. Did the sequence reach ${goal}?`}>
      <RadioGroup value={seq.result ?? ''} onChange={(_, d) => onEdit({ type: 'sequence-result', result: d.value as SessionResult })} data-testid="sequence-result">
        {SESSION_RESULTS.map((r) => (
          <Radio key={r} value={r} label={RESULT_LABELS[r]} data-testid="sequence-result-option" />
        ))}
      </RadioGroup>
    </Field>
  );
}
