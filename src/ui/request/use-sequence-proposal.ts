// Times for sessions 2..n of a skill sequence: both calendars read once over the weeks after the
// chosen first session, and the domain's proposal (1–2 weeks apart, in mutual free time, the
// mentor's caps counted) worked out again as the mentee changes a time or the number of sessions.
import { useEffect, useMemo, useState } from 'react';
import { proposeSequence, SEQUENCE_GAP_DAYS, type ProposedSession, type SequenceLength } from '../../domain/skill-sequence';
import type { TimeBoxMinutes } from '../../domain/time-box';
import { DAY } from '../../domain/zone-time';
import { toPortError } from '../common/error-state';
import { usePorts } from '../common/ports-context';
import type { CalendarReading, MentorListing } from '../common/tab-ports';
import { standardWorkingHours } from '../directory/slot-search';

export type SequenceProposal = { kind: 'loading' } | { kind: 'problem'; message: string } | { kind: 'sessions'; sessions: ProposedSession[] };

/** Sessions 2 and 3 can be up to two gaps after session 1; a day more covers a clock change. */
const READ_DAYS = 2 * SEQUENCE_GAP_DAYS.max + 1;

export function useSequenceProposal(mentor: MentorListing, first: number, box: TimeBoxMinutes, length: SequenceLength, chosen: readonly (number | undefined)[]): SequenceProposal {
  const { directory, viewer, now } = usePorts();
  const [readings, setReadings] = useState<{ kind: 'loading' } | { kind: 'problem'; message: string } | { kind: 'read'; mentor: CalendarReading; mentee: CalendarReading }>();

  useEffect(() => {
    if (readings) return;
    setReadings({ kind: 'loading' });
    const emails = [mentor.email, viewer.email];
    directory.readCalendars(emails, first, first + READ_DAYS * DAY, () => undefined).then(
      (read) => {
        const find = (email: string) => read.find((r) => r.email.toLowerCase() === email.toLowerCase());
        const m = find(mentor.email);
        const me = find(viewer.email);
        if (!m || m.problem || !m.workingHours) setReadings({ kind: 'problem', message: `${mentor.displayName}'s calendar could not be read${m?.problem ? ` (${m.problem})` : ''}, so no later times can be proposed. Try again in a moment.` });
        else if (!me || me.problem) setReadings({ kind: 'problem', message: `Your calendar could not be read${me?.problem ? ` (${me.problem})` : ''}, so no later times can be proposed. Try again in a moment.` });
        else setReadings({ kind: 'read', mentor: m, mentee: me });
      },
      (error: unknown) => setReadings({ kind: 'problem', message: toPortError(error).message }),
    );
  }, [readings, directory, mentor.email, mentor.displayName, viewer.email, first]);

  return useMemo((): SequenceProposal => {
    if (!readings || readings.kind === 'loading') return { kind: 'loading' };
    if (readings.kind === 'problem') return readings;
    try {
      const sessions = proposeSequence(
        {
          mentee: { workingHours: readings.mentee.workingHours ?? standardWorkingHours(viewer.zone), busy: readings.mentee.busy },
          mentor: {
            workingHours: readings.mentor.workingHours!,
            busy: readings.mentor.busy,
            caps: { perWeek: mentor.capacityPerWeek, perMonth: mentor.capacityPerMonth },
            booked: mentor.bookedStarts.map((start) => ({ start })),
          },
          now: now(),
          timeBox: box,
          viewerZone: viewer.zone,
          noticeMinutes: mentor.noticeMinutes,
          bufferMinutes: mentor.bufferMinutes,
        },
        first,
        length,
        chosen,
      );
      return { kind: 'sessions', sessions };
    } catch (error) {
      // A hand-edited mentor record (odd hours, a negative buffer): said, not thrown.
      return { kind: 'problem', message: error instanceof Error ? error.message : 'No later times can be proposed.' };
    }
  }, [length, readings, viewer.zone, mentor, now, box, first, chosen]);
}
