// "Fill this meeting" as steps, each run in turn through the compose port so one that fails (an
// older Outlook, a locked item) still lets the others go through; each says how it went.
import { composeSubject, fillComposeBody } from '../../domain/compose-body';
import type { PreciseRequest } from '../../domain/precise-request';
import { formatClock, formatDay } from '../../domain/render-html';
import type { ComposeItemPort } from '../common/compose-ports';
import type { MentorListing, Viewer } from '../common/tab-ports';

export type FillStepId = 'attendee' | 'subject' | 'times' | 'body' | 'teams';

export type FillStepState =
  | { id: FillStepId; status: 'waiting' }
  | { id: FillStepId; status: 'done'; message: string }
  | { id: FillStepId; status: 'warning'; message: string }
  | { id: FillStepId; status: 'failed'; message: string };

export interface FillInput {
  request: PreciseRequest;
  mentor: MentorListing;
  start: number;
  viewer: Viewer;
}

export const FILL_STEPS: readonly FillStepId[] = ['attendee', 'subject', 'times', 'body', 'teams'];

export const TEAMS_WARNING = 'Switch on Teams meeting in the meeting form before you send: Micromentor cannot add it.';

/** A ComposeError, a domain error or anything thrown, as the sentence to show. */
export function failureSentence(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

type Outcome = Exclude<FillStepState, { status: 'waiting' }>;

async function runStep(id: FillStepId, compose: ComposeItemPort, input: FillInput): Promise<Outcome> {
  const { request, mentor, start, viewer } = input;
  const place = { zone: viewer.zone, locale: viewer.locale };
  switch (id) {
    case 'attendee':
      await compose.addRecipient({ displayName: mentor.displayName, email: mentor.email });
      return { id, status: 'done', message: `${mentor.displayName} is a required attendee.` };
    case 'subject': {
      const subject = composeSubject(request.topic);
      await compose.setSubject(subject);
      return { id, status: 'done', message: `Subject: ${subject}` };
    }
    case 'times': {
      const end = start + request.timeBox * 60_000;
      await compose.setTimes(start, end);
      return { id, status: 'done', message: `${formatDay(start, place)}, ${formatClock(start, place)}–${formatClock(end, place)} (${request.timeBox} minutes).` };
    }
    case 'body': {
      // Read first: the user's text and a Teams join block stay; an agenda of ours from an earlier fill is replaced.
      const existing = await compose.getBody();
      const filled = fillComposeBody(existing, { request, menteeName: viewer.displayName, mentorName: mentor.displayName, schedule: { ...place, start } });
      if (filled.action === 'prepended') await compose.prependToBody(filled.agendaHtml);
      else await compose.setBody(filled.html);
      return { id, status: 'done', message: filled.action === 'prepended' ? 'The agenda and checklists are at the top of the body.' : 'The earlier agenda in the body was replaced.' };
    }
    case 'teams': {
      const online = await compose.isOnlineMeeting();
      return online === true ? { id, status: 'done', message: 'This is a Teams meeting.' } : { id, status: 'warning', message: TEAMS_WARNING };
    }
  }
}

/** Runs every step in order (one Office call at a time), reporting each as it settles. */
export async function fillMeeting(compose: ComposeItemPort, input: FillInput, report: (state: FillStepState) => void): Promise<void> {
  for (const id of FILL_STEPS) {
    try {
      report(await runStep(id, compose, input));
    } catch (error) {
      // The Teams check cannot tell on this client: the user is asked to look, as when it is off.
      report(id === 'teams' ? { id, status: 'warning', message: TEAMS_WARNING } : { id, status: 'failed', message: failureSentence(error) });
    }
  }
}
