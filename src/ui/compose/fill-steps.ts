// "Fill this meeting" as steps, each run in turn through the compose port so one that fails (an
// older Outlook, a locked item) still lets the others go through; each says how it went.
import { composeSubject, fillComposeBody, placeAtTop, type FilledBody } from '../../domain/compose-body';
import type { PreciseRequest } from '../../domain/precise-request';
import { formatClock, formatDay } from '../../domain/render-html';
import { renderRequestMail, type RequestMail } from '../../domain/render-request-mail';
import type { ComposeItemPort, ComposeSessionPort } from '../common/compose-ports';
import type { MentorListing, Viewer } from '../common/tab-ports';

export type FillStepId = 'attendee' | 'subject' | 'times' | 'body' | 'teams' | 'session';

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
  /** For a request mail: the chosen start first, then the others to propose. */
  proposedStarts: readonly number[];
  mentorZone?: string;
  now: number;
}

export const FILL_STEPS: readonly FillStepId[] = ['attendee', 'subject', 'times', 'body', 'teams'];

/** With a session port: the session is kept last, once the meeting says what the session says. */
export const FILL_AND_KEEP_STEPS: readonly FillStepId[] = [...FILL_STEPS, 'session'];

export const NOT_KEPT_MESSAGE = 'Not kept: the meeting is not filled as chosen. Fix what failed above, then press Fill this meeting again.';

/** A message: the mentor on the To line, the mail's subject, the mail at the top of the body. */
export const MAIL_STEPS: readonly FillStepId[] = ['attendee', 'subject', 'body'];

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
      return { id, status: 'done', message: subject };
    }
    case 'times': {
      const end = start + request.timeBox * 60_000;
      await compose.setTimes(start, end);
      return { id, status: 'done', message: `${formatDay(start, place)}, ${formatClock(start, place)}–${formatClock(end, place)} (${request.timeBox} minutes).` };
    }
    case 'body': {
      // Read first: the user's text and a Teams join block stay; an agenda of ours from an earlier fill is replaced.
      const filled = fillComposeBody(await compose.getBody(), { request, menteeName: viewer.displayName, mentorName: mentor.displayName, schedule: { ...place, start } });
      await writeBody(compose, filled);
      return { id, status: 'done', message: filled.action === 'prepended' ? 'The agenda and checklists are at the top of the body.' : 'The earlier agenda in the body was replaced.' };
    }
    case 'teams': {
      const online = await compose.isOnlineMeeting();
      return online === true ? { id, status: 'done', message: 'This is a Teams meeting.' } : { id, status: 'warning', message: TEAMS_WARNING };
    }
    case 'session':
      throw new Error('The session step needs the session port.');
  }
}

async function keepSession(session: ComposeSessionPort, input: FillInput): Promise<Outcome> {
  const outcome = await session.keep({ request: input.request, mentorId: input.mentor.id, menteeId: input.viewer.id, start: input.start });
  return outcome.kind === 'linked'
    ? { id: 'session', status: 'done', message: "Linked to this Teams meeting: Micromentor's side panel in the meeting shows it." }
    : { id: 'session', status: 'done', message: outcome.message };
}

/** Ours at the top: prepended the first time, the whole body set when an earlier block of ours was replaced. */
async function writeBody(compose: ComposeItemPort, filled: FilledBody): Promise<void> {
  if (filled.action === 'prepended') await compose.prependToBody(filled.agendaHtml);
  else await compose.setBody(filled.html);
}

function renderMail(input: FillInput): RequestMail {
  const { request, mentor, viewer } = input;
  const place = { zone: viewer.zone, locale: viewer.locale };
  return renderRequestMail({
    request,
    menteeName: viewer.displayName,
    mentorName: mentor.displayName,
    mentee: place,
    mentor: { zone: input.mentorZone ?? viewer.zone, locale: viewer.locale },
    slots: input.proposedStarts.map((start) => ({ start, end: start + request.timeBox * 60_000 })),
    now: input.now,
  });
}

async function runMailStep(id: FillStepId, compose: ComposeItemPort, input: FillInput, mail: () => RequestMail): Promise<Outcome> {
  const { mentor } = input;
  switch (id) {
    case 'attendee':
      await compose.addRecipient({ displayName: mentor.displayName, email: mentor.email });
      return { id, status: 'done', message: `${mentor.displayName} is on the To line.` };
    case 'subject':
      await compose.setSubject(mail().subject);
      return { id, status: 'done', message: mail().subject };
    default: {
      // Fenced like the agenda: writing it again replaces the earlier request, keeping the user's text.
      const filled = placeAtTop(await compose.getBody(), mail().html);
      await writeBody(compose, filled);
      const times = input.proposedStarts.length === 1 ? 'one time' : `${input.proposedStarts.length} times`;
      return { id, status: 'done', message: `The request, proposing ${times}, is at the top of the body.` };
    }
  }
}

/**
 * Runs every step of a meeting's fill in order (one Office call at a time), reporting each as it
 * settles. Given a session port, the session is kept last, and only when every step before it went
 * through (a record must not say another time or mentor than the meeting).
 */
export function fillMeeting(compose: ComposeItemPort, input: FillInput, report: (state: FillStepState) => void, session?: ComposeSessionPort): Promise<void> {
  let failed = false;
  const tracked = (state: FillStepState) => {
    if (state.status === 'failed') failed = true;
    report(state);
  };
  return runSteps(session ? FILL_AND_KEEP_STEPS : FILL_STEPS, (id) => {
    if (id !== 'session') return runStep(id, compose, input);
    return failed ? Promise.resolve<Outcome>({ id, status: 'failed', message: NOT_KEPT_MESSAGE }) : keepSession(session!, input);
  }, tracked);
}

/** The precise request as an email to the mentor, with the times it proposes. */
export function writeRequestMail(compose: ComposeItemPort, input: FillInput, report: (state: FillStepState) => void): Promise<void> {
  // Rendered once, when first needed: a refusal (a proposed time gone meanwhile) shows at the step that needed it.
  let mail: RequestMail | undefined;
  const rendered = () => (mail ??= renderMail(input));
  return runSteps(MAIL_STEPS, (id) => runMailStep(id, compose, input, rendered), report);
}

async function runSteps(ids: readonly FillStepId[], run: (id: FillStepId) => Promise<Outcome>, report: (state: FillStepState) => void): Promise<void> {
  for (const id of ids) {
    try {
      report(await run(id));
    } catch (error) {
      // The Teams check cannot tell on this client: the user is asked to look, as when it is off.
      report(id === 'teams' ? { id, status: 'warning', message: TEAMS_WARNING } : { id, status: 'failed', message: failureSentence(error) });
    }
  }
}
