// "Another expert to ask": the mentor may point the mentee to someone from the directory, best fit
// for the topic first. The list is read when the mentor first asks for it.
import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Referral } from '../../domain/session';
import type { SessionEdit } from '../../domain/session-edits';
import { ErrorState, toPortError } from '../common/error-state';
import type { ExpertChoice, PortError } from '../common/session-panel-ports';
import { useSessionPorts } from './session-ports-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere' },
});

type Experts = { kind: 'idle' } | { kind: 'loading' } | { kind: 'loaded'; experts: ExpertChoice[] } | { kind: 'failed'; error: PortError };

export function ReferralPicker({ topic, referral, canEdit, onEdit }: { topic: string; referral?: Referral; canEdit: boolean; onEdit: (edit: SessionEdit) => void }) {
  const { sessions } = useSessionPorts();
  const styles = useStyles();
  const [experts, setExperts] = useState<Experts>({ kind: 'idle' });
  const shown = referral ? <Text data-testid="referral">Another expert to ask: {referral.displayName}</Text> : null;
  if (!canEdit) return shown;

  const load = () => {
    setExperts({ kind: 'loading' });
    sessions.experts(topic).then(
      (list) => setExperts({ kind: 'loaded', experts: list }),
      (e: unknown) => setExperts({ kind: 'failed', error: toPortError(e) }),
    );
  };

  return (
    <div className={styles.root}>
      {shown}
      {experts.kind === 'idle' ? (
        <Button onClick={load} data-testid="pick-referral">
          {referral ? 'Suggest someone else to ask' : 'Suggest another expert to ask (optional)'}
        </Button>
      ) : null}
      {experts.kind === 'loading' ? <Spinner size="tiny" label="Finding experts for this topic…" /> : null}
      {experts.kind === 'failed' ? <ErrorState error={experts.error} onRetry={load} /> : null}
      {experts.kind === 'loaded' ? (
        experts.experts.length === 0 ? (
          <Text>No other mentor offers this topic yet.</Text>
        ) : (
          <Field label="Another expert to ask">
            <Select
              data-testid="referral-select"
              value={referral?.mentorId ?? ''}
              onChange={(_, d) => {
                const picked = experts.experts.find((x) => x.id === d.value);
                onEdit({ type: 'referral', referral: picked ? { mentorId: picked.id, displayName: picked.displayName } : null });
              }}
            >
              <option value="">No one</option>
              {experts.experts.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.displayName}
                  {x.department ? ` (${x.department})` : ''}
                </option>
              ))}
            </Select>
          </Field>
        )
      ) : null}
    </div>
  );
}
