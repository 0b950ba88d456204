// The loop that books a sequence's sessions in order through the booking port: each session's saga
// runs from where its state stopped; the loop stops at the first session that is not booked (a
// failure, a taken time, a full mentor), so a later run resumes there and books only what is missing.
import { nextSessionToBook, sequenceBookingReducer, type SequenceBookingEvent, type SequenceBookingState } from '../../domain/sequence-booking';
import type { BookingInput, BookingPort } from '../common/tab-ports';

export async function bookSequence(
  port: BookingPort,
  inputs: readonly BookingInput[],
  from: SequenceBookingState,
  send: (event: SequenceBookingEvent) => void = () => undefined,
): Promise<SequenceBookingState> {
  let state = from;
  for (let at = nextSessionToBook(state); at !== undefined; at = nextSessionToBook(state)) {
    const index = at;
    await port.book(inputs[index]!, state.sessions[index]!, (event) => {
      state = sequenceBookingReducer(state, { type: 'session', index, event });
      send({ type: 'session', index, event });
    });
    if (state.sessions[index]!.phase !== 'booked') break;
  }
  return state;
}
