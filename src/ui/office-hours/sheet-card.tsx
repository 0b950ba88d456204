import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useReducer } from 'react';
import { BOOKING_STEP_LABELS } from '../../domain/booking-saga';
import { safeHttpsUrl } from '../../domain/links';
import { formatClock, formatDay } from '../../domain/render-html';
import { liveClaimOf, slotView, type SlotView } from '../../domain/signup-claims';
import type { SheetSlot } from '../../domain/signup-sheet';
import { LoadingState } from '../common/loading-state';
import type { ClaimRequest, ClaimResult, OfficeHoursPort, SheetView } from '../common/office-hours-ports';
import { usePorts } from '../common/ports-context';
import { useSurfaceStyles } from '../common/surface-styles';
import type { Viewer } from '../common/tab-ports';
import { progressText } from '../booking/booking-screen';
import { asPortError, claimFlowReducer } from './claim-flow';
import { ClaimForm } from './claim-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  quiet: { color: tokens.colorNeutralForeground3 },
  days: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  slots: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  slot: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  time: { minWidth: '7.5rem', fontVariantNumeric: 'tabular-nums' },
  mine: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Slots grouped by the day they fall on in the viewer's zone. */
function byDay(slots: SheetSlot[], viewer: Viewer): { day: string; slots: SheetSlot[] }[] {
  const out: { day: string; slots: SheetSlot[] }[] = [];
  for (const slot of slots) {
    const day = formatDay(slot.start, viewer);
    const last = out[out.length - 1];
    if (last?.day === day) last.slots.push(slot);
    else out.push({ day, slots: [slot] });
  }
  return out;
}

/** One open sheet as a mentee sees it: the slots, each free, taken (with its waitlist), theirs, or offered to them. */
export function SheetCard({ view, onChanged }: { view: SheetView; onChanged: (view: SheetView) => void }) {
  const ports = usePorts();
  const port = ports.officeHours;
  const { viewer } = ports;
  const styles = useStyles();
  const surface = useSurfaceStyles();
  const [flow, dispatch] = useReducer(claimFlowReducer, { kind: 'browsing' });
  const { sheet, claims } = view;
  const now = ports.now();
  const mine = liveClaimOf(claims, viewer.id);
  const titleId = `sheet-${sheet.itemId}-title`;

  async function run(slotStart: number, viaForm: boolean, work: (progress: Parameters<OfficeHoursPort['claim']>[3]) => Promise<ClaimResult>) {
    dispatch({ type: 'claiming', slotStart, viaForm });
    try {
      const result = await work((booking) => dispatch({ type: 'progress', booking }));
      onChanged(result.view);
      dispatch({ type: 'finished', result });
    } catch (error) {
      dispatch({ type: 'failed', error: asPortError(error) });
    }
  }
  const claim = (slotStart: number, request: ClaimRequest) => run(slotStart, true, (progress) => port.claim(sheet.itemId!, slotStart, request, progress));
  const accept = (slotStart: number, claimItemId: string) => run(slotStart, false, (progress) => port.accept(sheet.itemId!, claimItemId, progress));
  async function leave(claimItemId: string) {
    try {
      onChanged(await port.cancel(sheet.itemId!, claimItemId, ''));
      dispatch({ type: 'back' });
    } catch (error) {
      dispatch({ type: 'failed', error: asPortError(error) });
    }
  }

  const asking = flow.kind === 'asking' || (flow.kind === 'failed' && flow.field !== undefined) || (flow.kind === 'claiming' && flow.viaForm);
  const askedSlot = asking ? sheet.slots.find((s) => s.start === (flow as { slotStart: number }).slotStart) : undefined;

  return (
    <article className={mergeClasses(surface.surface, styles.root)} aria-labelledby={titleId} data-testid="sheet-card">
      <Text as="h3" id={titleId} size={400} weight="semibold">
        {sheet.topic} with {sheet.mentorName}
      </Text>
      {sheet.note ? <Text>{sheet.note}</Text> : null}
      <Text size={200} className={styles.quiet}>
        Slots of {Math.round((sheet.slots[0]!.end - sheet.slots[0]!.start) / 60_000)} minutes, times in {viewer.zone}. One slot per person.
      </Text>

      {/* The outcome first: on a long sheet, the slot list would push it out of sight. */}
      {flow.kind === 'outcome' ? <Outcome result={flow.result} viewer={viewer} onRetry={(id, start) => void accept(start, id)} /> : null}
      {flow.kind === 'failed' && flow.field === undefined ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>That did not work</MessageBarTitle>
            {flow.error.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {askedSlot ? (
        <ClaimForm
          busy={flow.kind === 'claiming'}
          topic={sheet.topic}
          slot={askedSlot}
          viewer={viewer}
          refused={flow.kind === 'failed' ? { field: flow.field, message: flow.error.message } : undefined}
          onClaim={(request) => void claim(askedSlot.start, request)}
          onBack={() => dispatch({ type: 'back' })}
        />
      ) : null}
      {flow.kind === 'claiming' ? (
        <LoadingState label={flow.booking ? progressText(flow.booking) : 'Claiming the slot…'} />
      ) : askedSlot ? null : (
        <ul className={styles.days} aria-label="Slots">
          {byDay(sheet.slots, viewer).map(({ day, slots }) => (
            <li key={day}>
              <Text weight="semibold">{day}</Text>
              <ul className={styles.slots}>
                {slots.map((slot) => (
                  <SlotRow
                    key={slot.start}
                    slot={slot}
                    state={slotView(slot, claims, viewer.id, now)}
                    viewer={viewer}
                    hasOther={mine !== undefined && mine.slotStart !== slot.start}
                    onClaim={() => dispatch({ type: 'ask', slotStart: slot.start })}
                    onAccept={(id) => void accept(slot.start, id)}
                    onLeave={(id) => void leave(id)}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}

    </article>
  );
}

interface SlotRowProps {
  slot: SheetSlot;
  state: SlotView;
  viewer: Viewer;
  /** The viewer holds or waits for another slot of this sheet (one per person). */
  hasOther: boolean;
  onClaim: () => void;
  onAccept: (claimItemId: string) => void;
  onLeave: (claimItemId: string) => void;
}

function SlotRow({ slot, state, viewer, hasOther, onClaim, onAccept, onLeave }: SlotRowProps) {
  const styles = useStyles();
  const time = `${formatClock(slot.start, viewer)}–${formatClock(slot.end, viewer)}`;
  const label = (what: string) => `${what} ${formatDay(slot.start, viewer)} ${time}`;
  return (
    <li className={styles.slot} data-testid="slot-row" data-start={slot.start}>
      <Text className={styles.time}>{time}</Text>
      {state.kind === 'free' ? (
        hasOther ? (
          <Text className={styles.quiet}>Free</Text>
        ) : (
          <Button size="small" appearance="primary" onClick={onClaim} aria-label={label('Claim')}>
            Claim
          </Button>
        )
      ) : state.kind === 'taken' ? (
        <>
          <Text className={styles.quiet}>Taken{state.waiting ? `, ${state.waiting} waiting` : ''}</Text>
          {hasOther ? null : (
            <Button size="small" onClick={onClaim} aria-label={label('Join the waitlist for')}>
              Join the waitlist
            </Button>
          )}
        </>
      ) : state.kind === 'mine' ? (
        <>
          <Text className={styles.mine}>Your slot</Text>
          <Button size="small" appearance="subtle" onClick={() => onLeave(state.claim.itemId)} aria-label={label('Give up')}>
            Give it up
          </Button>
        </>
      ) : state.kind === 'waiting' ? (
        <>
          <Text>On the waitlist, {state.ahead === 0 ? 'next in line' : `${state.ahead} ahead of you`}</Text>
          <Button size="small" appearance="subtle" onClick={() => onLeave(state.claim.itemId)} aria-label={label('Leave the waitlist for')}>
            Leave
          </Button>
        </>
      ) : state.kind === 'offered-to-me' ? (
        <>
          <Text className={styles.mine}>
            Free for you until {formatDay(state.expiresAt, viewer, 'medium')} {formatClock(state.expiresAt, viewer)}
          </Text>
          <Button size="small" appearance="primary" onClick={() => onAccept(state.claim.itemId)} aria-label={label('Accept')}>
            Accept
          </Button>
          <Button size="small" appearance="subtle" onClick={() => onLeave(state.claim.itemId)} aria-label={label('Decline')}>
            Decline
          </Button>
        </>
      ) : (
        <Text className={styles.quiet}>Past</Text>
      )}
    </li>
  );
}

function Outcome({ result, viewer, onRetry }: { result: ClaimResult; viewer: Viewer; onRetry: (claimItemId: string, slotStart: number) => void }) {
  switch (result.kind) {
    case 'booked': {
      const join = safeHttpsUrl(result.booking.session?.joinUrl ?? '');
      return (
        <MessageBar intent="success" layout="multiline" data-testid="claim-outcome">
          <MessageBarBody>
            <MessageBarTitle>The slot is yours</MessageBarTitle>
            The Teams meeting is in your calendar and the mentor's, with the prep checklist pinned in its chat.{' '}
            {join ? (
              <Link href={join} target="_blank" rel="noopener noreferrer" inline>
                Join link
              </Link>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'waiting':
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="claim-outcome">
          <MessageBarBody>
            <MessageBarTitle>Someone claimed this slot before you</MessageBarTitle>
            You are on its waitlist, {result.ahead === 0 ? 'next in line' : `${result.ahead} ahead of you`}. If it frees up, you get a mail and a day to accept.
          </MessageBarBody>
        </MessageBar>
      );
    case 'already':
      return (
        <MessageBar intent="info" layout="multiline" data-testid="claim-outcome">
          <MessageBarBody>
            <MessageBarTitle>One slot per person</MessageBarTitle>
            You already {result.claim.state === 'waiting' ? 'wait for' : 'have'} the slot at {formatClock(result.claim.slotStart, viewer)} on this sheet. Give it up first to choose another.
          </MessageBarBody>
        </MessageBar>
      );
    case 'unavailable':
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="claim-outcome">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      );
    case 'booking-failed': {
      const failure = result.booking.failure;
      return (
        <MessageBar intent="error" layout="multiline" data-testid="claim-outcome">
          <MessageBarBody>
            <MessageBarTitle>The slot is yours, but booking stopped</MessageBarTitle>
            {failure ? `${BOOKING_STEP_LABELS[failure.step]}: ${failure.message}` : 'A booking step did not finish.'}{' '}
            <Button size="small" onClick={() => onRetry(result.claim.itemId, result.claim.slotStart)}>
              Retry
            </Button>
          </MessageBarBody>
        </MessageBar>
      );
    }
  }
}
