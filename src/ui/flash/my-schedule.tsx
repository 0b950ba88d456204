import { Button, Link, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { RoundVerdict } from '../../domain/flash-participants';
import { personalSchedule } from '../../domain/flash-schedule';
import { safeHttpsUrl } from '../../domain/links';
import { formatClock, type ReaderPlace } from '../../domain/render-html';
import type { FlashInvitation } from '../common/flash-event-ports';
import { useOpenRequest } from '../tab/open-request';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  verdicts: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, marginLeft: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * The viewer's rounds once the event is published: time in their zone, the table, and its join link;
 * after a round at a table has ended, a mentee says whether it was useful.
 */
export function MySchedule({ invitation, place, now, busy, onRate }: { invitation: FlashInvitation; place: ReaderPlace; now: number; busy: boolean; onRate: (round: number, verdict: RoundVerdict) => void }) {
  const styles = useStyles();
  const openRequest = useOpenRequest();
  const { event, me, names = {} } = invitation;
  if (event.status !== 'published' || !event.plan) return null;
  const entries = personalSchedule(event, event.plan, me.userId);
  if (entries.length === 0) return null;
  const name = (id: string) => names[id] ?? 'someone who left';
  return (
    <div data-testid="my-schedule">
      <Text weight="semibold">Your schedule</Text>
      <ul className={styles.list}>
        {entries.map((e) => {
          const when = `${formatClock(e.start, place)}–${formatClock(e.end, place)}`;
          const url = e.mentorId ? safeHttpsUrl(event.meetings[e.mentorId]?.joinUrl ?? '') : undefined;
          let what: string;
          if (e.mentorId === undefined) what = 'a round off';
          else if (e.mentorId === me.userId) what = e.menteeIds.length > 0 ? `with ${e.menteeIds.map(name).join(', ')}` : 'nobody at your table';
          else what = `${name(e.mentorId)}'s table`;
          return (
            <li key={e.round}>
              <Text>
                Round {e.round}, {when}: {what}
                {url ? (
                  <>
                    {' · '}
                    <Link href={url} target="_blank" rel="noopener noreferrer">
                      Join
                    </Link>
                  </>
                ) : null}
              </Text>
              {me.role === 'mentee' && e.mentorId !== undefined && now >= e.end ? (
                <span className={styles.verdicts} role="group" aria-label={`Was round ${e.round} useful?`}>
                  {(['useful', 'not-useful'] as const).map((v) => (
                    <ToggleButton key={v} size="small" checked={me.feedback?.[String(e.round)] === v} disabled={busy} onClick={() => onRate(e.round, v)}>
                      {v === 'useful' ? 'Useful' : 'Not useful'}
                    </ToggleButton>
                  ))}
                  {openRequest && e.mentorId && me.feedback?.[String(e.round)] === 'useful' ? (
                    <Button
                      size="small"
                      appearance="primary"
                      onClick={() =>
                        openRequest({ mentorId: e.mentorId!, topic: me.topics[0] ?? event.topics[0] ?? '', goal: '', context: `We met at “${event.title}” (round ${e.round}).` })
                      }
                    >
                      Ask {name(e.mentorId)} for a full session
                    </Button>
                  ) : null}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
