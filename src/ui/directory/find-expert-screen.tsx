// The mentee's flow in one tab: directory → mentor detail → precise request → booking. The
// directory's state lives here, so going back finds the search and the cards as they were.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SlotCheck } from '../../domain/free-slots';
import type { TimeBoxMinutes } from '../../domain/time-box';
import { BookingScreen } from '../booking/booking-screen';
import { SequenceBookingScreen } from '../booking/sequence-booking-screen';
import type { SequenceBookingRequest } from '../booking/use-sequence-booking';
import type { BookingRequest } from '../booking/use-booking';
import { usePorts } from '../common/ports-context';
import type { PreciseRequest } from '../../domain/precise-request';
import { RequestForm } from '../request/request-form';
import { sequenceBooking } from '../booking/sequence-request';
import type { SequencePlan } from '../../domain/skill-sequence';
import { useRequestEnding } from '../request/request-ending';
import { emailKey } from './directory-reducer';
import { DirectoryScreen } from './directory-screen';
import { MentorDetail } from './mentor-detail';
import { useSearchNote } from './use-search-note';
import { useDirectory } from './use-directory';

type View =
  | { kind: 'list' }
  | { kind: 'detail'; mentorId: string }
  | { kind: 'request'; mentorId: string; start: number; box: TimeBoxMinutes }
  | { kind: 'booking'; booking: BookingRequest }
  | { kind: 'sequence-booking'; sequence: SequenceBookingRequest };

export function FindExpertScreen() {
  const { viewer, initialRequest } = usePorts();
  const directory = useDirectory();
  useSearchNote(directory);
  // Set by the Outlook pane (fill the meeting); the tab leaves it unset and books.
  const ending = useRequestEnding();
  const [ended, setEnded] = useState<{ request: PreciseRequest; mentorId: string; start: number; press: number }>();
  // Opened to book a follow-up: straight to that mentor's times (the directory until their card has loaded).
  const [view, setView] = useState<View>(() => (initialRequest ? { kind: 'detail', mentorId: initialRequest.mentorId } : { kind: 'list' }));
  const followUp = initialRequest && view.kind !== 'list' && view.kind !== 'booking' && view.kind !== 'sequence-booking' && view.mentorId === initialRequest.mentorId ? initialRequest : undefined;
  const root = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  // A new view moves focus to its heading, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = root.current?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [view.kind, view.kind === 'detail' ? view.mentorId : undefined]);

  // Stable, so cards that did not change are not drawn again (MentorCard is memoised).
  const open = useCallback((mentorId: string) => setView({ kind: 'detail', mentorId }), []);
  const mentorZone = (email: string) => directory.state.readings[emailKey(email)]?.workingHours?.zone;

  let body;
  if (view.kind === 'list') {
    body = <DirectoryScreen directory={directory} viewer={viewer} onOpen={open} />;
  } else if (view.kind === 'sequence-booking') {
    body = <SequenceBookingScreen request={view.sequence} viewer={viewer} onDone={() => setView({ kind: 'list' })} />;
  } else if (view.kind === 'booking') {
    const mentor = view.booking.mentor;
    body = (
      <BookingScreen
        booking={view.booking}
        viewer={viewer}
        mentorZone={mentorZone(mentor.email)}
        mentorName={(id) => directory.mentorById(id)?.displayName}
        onOpenMentor={open}
        onDone={() => setView({ kind: 'list' })}
      />
    );
  } else {
    const mentor = directory.mentorById(view.mentorId);
    if (!mentor) {
      body = <DirectoryScreen directory={directory} viewer={viewer} onOpen={open} />;
    } else if (view.kind === 'detail') {
      body = (
        <MentorDetail
          mentor={mentor}
          directory={directory}
          viewer={viewer}
          onBack={() => setView({ kind: 'list' })}
          onOpenMentor={open}
          onPick={(start, box) => setView({ kind: 'request', mentorId: mentor.id, start, box })}
        />
      );
    } else {
      const { start } = view;
      const checkSlot = (box: TimeBoxMinutes): SlotCheck => {
        const reading = directory.state.readings[emailKey(mentor.email)];
        // Without a reading the saga's own check decides when booking.
        return reading && directory.search ? directory.search.check(mentor, reading, box, start) : { bookable: true };
      };
      let result;
      if (ending && ended && ended.mentorId === mentor.id && ended.start === start) {
        const reading = directory.state.readings[emailKey(mentor.email)];
        const slots = reading && directory.search ? directory.search.slots(mentor, reading, ended.request.timeBox) : undefined;
        const zone = mentorZone(mentor.email);
        result = (
          <ending.Result
            key={ended.press}
            request={ended.request}
            mentor={mentor}
            start={start}
            viewer={viewer}
            proposedStarts={proposeStarts(start, slots?.kind === 'slots' ? slots.starts : [], ended.request.timeBox)}
            {...(zone ? { mentorZone: zone } : {})}
          />
        );
      }
      body = (
        <RequestForm
          key={`${mentor.id}-${start}`}
          mentor={mentor}
          start={start}
          timeBox={view.box}
          viewer={viewer}
          topic={directory.filters.topic || followUp?.topic}
          {...(followUp ? { prefill: followUp } : {})}
          search={directory.filters.query}
          checkSlot={checkSlot}
          onBack={() => setView({ kind: 'detail', mentorId: mentor.id })}
          {...(ending ? { action: { label: ending.label, blockedPrefix: ending.blockedPrefix, testId: ending.testId, result } } : {})}
          {...(ending
            ? {}
            : {
                onBookSequence: (request: PreciseRequest, plan: SequencePlan, starts: number[]) =>
                  setView({ kind: 'sequence-booking', sequence: sequenceBooking(request, plan, starts, mentor) }),
              })}
          onBook={(request) =>
            ending
              ? setEnded((last) => ({ request, mentorId: mentor.id, start, press: (last?.press ?? 0) + 1 }))
              : setView({ kind: 'booking', booking: { request, mentor, start, timeBoxMinutes: request.timeBox } })
          }
        />
      );
    }
  }
  return (
    <div ref={root}>
      {followUp && directory.mentorById(followUp.mentorId) ? (
        <MessageBar intent="info" data-testid="follow-up-booking">
          <MessageBarBody>Booking a follow-up session: pick a time; your goal and the actions carried over are filled in.</MessageBarBody>
        </MessageBar>
      ) : null}
      {body}
    </div>
  );
}

/** The chosen start, then up to two later free starts that overlap neither it nor each other. */
export function proposeStarts(chosen: number, free: readonly number[], box: TimeBoxMinutes): number[] {
  const length = box * 60_000;
  const picked = [chosen];
  for (const start of free) {
    if (picked.length === 3) break;
    if (start > chosen && picked.every((p) => Math.abs(start - p) >= length)) picked.push(start);
  }
  return picked;
}
