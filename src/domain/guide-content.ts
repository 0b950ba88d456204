// "How micro-mentoring works here": the one-page guide the method asks program managers to give
// participants, as data. Its words follow the method (../shared seed); the two checklists are the
// ones the sessions use (checklists.ts), so the guide and the meeting never disagree.
import { MENTEE_CHECKLIST, MENTOR_CHECKLIST } from './checklists';

export interface GuideSection {
  id: 'session' | 'mentees' | 'mentors' | 'program-managers';
  title: string;
  /** Short paragraphs, each a step or a rule: a bold lead and what it means. */
  points: { lead: string; text: string }[];
  /** The checklist the section ends with, if any. */
  checklist?: { title: string; items: string[] };
}

export const GUIDE_TITLE = 'How micro-mentoring works here';

export const GUIDE_INTRO =
  'Short, focused guidance: one to three time-boxed sessions of 30 to 60 minutes on one narrow question, with someone who has done it. It is complete once the goal is met.';

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  {
    id: 'session',
    title: 'One session, four steps',
    points: [
      { lead: 'Before', text: 'The mentee writes one goal or question, shares the context, and says what success looks like.' },
      { lead: 'Set the container', text: 'Start by confirming the focus and the time box: “We have 45 minutes to improve your status update.”' },
      { lead: 'The conversation', text: 'The mentor asks about the concrete situation before advising; the output is a clear path forward.' },
      { lead: 'Close and hand off', text: 'Sum up the agreed actions; the mentor may add a resource or another expert to ask.' },
    ],
  },
  {
    id: 'mentees',
    title: 'For mentees',
    points: [
      { lead: 'Find your pinch point', text: 'The one skill gap or challenge blocking you this month is your topic.' },
      { lead: 'Ask precisely', text: '“Could I schedule 30 minutes to get your feedback on my slides for the board review?” beats “Can I pick your brain?”' },
      { lead: 'Apply it, then close the loop', text: 'Use the advice straight away, and send a thank-you note that shares the result.' },
    ],
    checklist: { title: 'Before your session', items: MENTEE_CHECKLIST.map((i) => i.text) },
  },
  {
    id: 'mentors',
    title: 'For mentors',
    points: [
      { lead: 'Define the container', text: 'Confirm the objective and the time at the start, and keep to both.' },
      { lead: 'Explore before advising', text: 'Ask clarifying questions first; then give practical steps the mentee can take this week.' },
      { lead: 'Hand on', text: 'Offer a resource, or another expert when the topic grows past the session.' },
    ],
    checklist: { title: 'In your session', items: MENTOR_CHECKLIST.map((i) => i.text) },
  },
  {
    id: 'program-managers',
    title: 'For program managers',
    points: [
      { lead: 'Formats', text: 'One-time sessions, flash-mentoring events (mentees rotate through mentors, for onboarding or planning), “Ask an Expert” sign-up sheets, and short skill sequences of 2–3 sessions.' },
      { lead: 'Start with a pilot', text: 'A few people, a few weeks, a goal; look at the results before you scale up.' },
      { lead: 'Protect mentors’ time', text: 'Keep each mentor within their weekly and monthly caps; add mentors where demand outruns them.' },
      { lead: 'Share success stories', text: 'Anonymised, and only with the mentee’s consent: they build trust and participation.' },
    ],
  },
];
