// What re-checking one slot before booking needs, in one round trip: both people's calendars
// (getSchedule) and the mentor's booked sessions (for the caps), side by side in a $batch.
import { batchAnswerError, GatewayError, toGatewayError, type BatchAnswer } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { readSchedules, scheduleRequest, type PersonAvailability } from './availability';
import { bookedRequest, readBooked } from './session-queries';
import type { ProgramSite } from './sessions-store';

export interface SlotCheckQuery {
  /** The mentor's and the mentee's addresses (at most 20). */
  emails: readonly string[];
  start: number;
  end: number;
  mentorId: string;
  /** Booked sessions are read from here on. */
  bookedFrom: number;
}

export interface SlotCheckReading {
  calendars: Map<string, PersonAvailability>;
  /** Starts of the mentor's sessions that hold a place in the caps. */
  bookedStarts: number[];
}

export async function readSlotCheck(graph: GraphConnection, site: ProgramSite, query: SlotCheckQuery): Promise<SlotCheckReading> {
  const emails = [...new Set(query.emails.map((e) => e.trim().toLowerCase()))];
  if (emails.length > 20) throw new GatewayError('invalid', 'A slot is checked for at most 20 people at once.');
  let batch: { responses: BatchAnswer[] };
  try {
    batch = (await graph.client.api('/$batch').post({
      requests: [scheduleRequest({ id: 'schedule', emails, start: query.start, end: query.end }, 15), bookedRequest('booked', site, [query.mentorId], query.bookedFrom)],
    })) as typeof batch;
  } catch (error) {
    throw toGatewayError(error, 'checking the time is still free');
  }
  const calendars = new Map<string, PersonAvailability>();
  const booked = new Map<string, number[]>([[query.mentorId, []]]);
  for (const answer of batch.responses) {
    if (answer.id === 'booked') {
      readBooked(answer, booked);
    } else if (answer.status >= 400) {
      throw batchAnswerError(answer, 'checking the time is still free');
    } else {
      readSchedules(answer.body, calendars);
    }
  }
  return { calendars, bookedStarts: booked.get(query.mentorId) ?? [] };
}
