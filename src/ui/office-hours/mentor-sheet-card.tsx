import { Badge, Button, Field, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatClock, formatDay } from '../../domain/render-html';
import { isLive, waitlist } from '../../domain/signup-claims';
import type { SheetView } from '../common/office-hours-ports';
import { usePorts } from '../common/ports-context';
import { useSurfaceStyles } from '../common/surface-styles';
import type { PortError } from '../common/tab-ports';
import { asPortError } from './claim-flow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  quiet: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const WITHDRAW_COMMENT_MAX = 500;

/** A sheet as its mentor (or the program manager) sees it: who claimed which slot, who waits; close or withdraw. */
export function MentorSheetCard({ view, onChanged }: { view: SheetView; onChanged: (view: SheetView) => void }) {
  const ports = usePorts();
  const { viewer } = ports;
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const { sheet, claims } = view;
  const [withdrawing, setWithdrawing] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<PortError | undefined>(undefined);
  const titleId = `my-sheet-${sheet.itemId}`;

  async function act(work: () => Promise<SheetView>) {
    setBusy(true);
    setFailure(undefined);
    try {
      onChanged(await work());
      setWithdrawing(false);
    } catch (error) {
      setFailure(asPortError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className={mergeClasses(surface.surface, styles.root)} aria-labelledby={titleId} data-testid="mentor-sheet-card">
      <div className={styles.head}>
        <Text as="h3" id={titleId} size={400} weight="semibold">
          {sheet.topic} with {sheet.mentorName}
        </Text>
        <Badge appearance="tint" color={sheet.status === 'open' ? 'success' : sheet.status === 'closed' ? 'informative' : 'danger'}>
          {sheet.status === 'open' ? 'Open' : sheet.status === 'closed' ? 'Closed' : 'Withdrawn'}
        </Badge>
      </div>
      <ul className={styles.list} aria-label="Slots and claims">
        {sheet.slots.map((slot) => {
          const holder = claims.find((c) => c.slotStart === slot.start && isLive(c) && c.state !== 'waiting');
          const waiting = waitlist(claims, slot.start).length;
          return (
            <li key={slot.start}>
              <Text>
                {formatDay(slot.start, viewer, 'medium')} {formatClock(slot.start, viewer)}–{formatClock(slot.end, viewer)}:{' '}
              </Text>
              {holder ? (
                <Text>
                  {holder.menteeName} {holder.state === 'offered' ? '(offered, not yet accepted)' : ''} — “{holder.goal}”
                </Text>
              ) : (
                <Text className={styles.quiet}>free</Text>
              )}
              {waiting ? <Text className={styles.quiet}> · {waiting} waiting</Text> : null}
            </li>
          );
        })}
      </ul>
      {sheet.status !== 'withdrawn' ? (
        withdrawing ? (
          <Field label="A word to the people who claimed a slot (optional)" hint={`${comment.length} / ${WITHDRAW_COMMENT_MAX}`}>
            <Textarea value={comment} maxLength={WITHDRAW_COMMENT_MAX} onChange={(_, d) => setComment(d.value)} />
          </Field>
        ) : null
      ) : null}
      {sheet.status !== 'withdrawn' ? (
        <div className={styles.actions}>
          {sheet.status === 'open' && !withdrawing ? (
            <Button disabled={busy} onClick={() => void act(() => ports.officeHours.close(sheet.itemId!))}>
              Close to new claims
            </Button>
          ) : null}
          {withdrawing ? (
            <>
              <Button appearance="primary" disabled={busy} onClick={() => void act(() => ports.officeHours.withdraw(sheet.itemId!, comment.trim()))}>
                {busy ? 'Withdrawing…' : 'Withdraw and tell them'}
              </Button>
              <Button appearance="subtle" disabled={busy} onClick={() => setWithdrawing(false)}>
                Keep the sheet
              </Button>
            </>
          ) : (
            <Button appearance="subtle" disabled={busy} onClick={() => setWithdrawing(true)}>
              Withdraw…
            </Button>
          )}
          {failure ? <Text className={styles.error}>{failure.message}</Text> : null}
        </div>
      ) : null}
    </article>
  );
}
