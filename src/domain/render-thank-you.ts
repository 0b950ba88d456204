// The mentee's thank-you note to the mentor, sent as mail once the session is done: it closes the
// loop by sharing the result. Mail clients follow links as readily as chat does, so the note is
// built from the same escaping and the same https-only links as the chat summary.
import { renderSummaryHtml, type SessionSummary } from './render-chat-messages';
import { escapeHtml, renderTextWithLinks, wellFormed, type ReaderPlace } from './render-html';

/** The longest thank-you note a mentee may write (the mail adds goal, result and actions below it). */
export const THANK_YOU_BODY_MAX = 4000;

export interface ThankYouInput {
  mentorName: string;
  menteeName: string;
  /** What the mentee wrote; may hold paragraphs and links. */
  message: string;
  summary: SessionSummary;
  /** The mentor's zone and language, as they will read it. */
  place: ReaderPlace;
}

export interface ThankYouMail {
  /** Plain text: subjects are not HTML. */
  subject: string;
  bodyHtml: string;
}

export function renderThankYouMail(input: ThankYouInput): ThankYouMail {
  const topic = input.summary.topic ? `: ${input.summary.topic}` : '';
  const subject = wellFormed(`Thank you for our micro-mentoring session${topic}`).replace(/[\r\n]+/g, ' ');
  const message = input.message.trim() ? `<p>${renderTextWithLinks(input.message.trim())}</p>` : '';
  const bodyHtml =
    `<p>Dear ${escapeHtml(input.mentorName)},</p>${message}` +
    `<p>Here is where our session left things:</p>${renderSummaryHtml(input.summary, input.place)}` +
    `<p>With thanks,<br>${escapeHtml(input.menteeName)}</p>`;
  return { subject, bodyHtml };
}
