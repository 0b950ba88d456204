// Mails about office-hours slots: a freed slot offered to the first on the waitlist (with the
// deadline to accept, in the recipient's zone), and a sheet withdrawn by its mentor. Names, topics
// and notes are people's text, so every piece is escaped; subjects are plain text on one line.
import { escapeHtml, formatClock, formatDay, usablePlace, wellFormed, type ReaderPlace } from './render-html';
import { describeSlot, type SheetSlot } from './signup-sheet';

export interface OfficeHoursMail {
  subject: string;
  bodyHtml: string;
}

const oneLine = (text: string) => wellFormed(text).replace(/[\r\n]+/g, ' ');

export interface SlotOfferInput {
  menteeName: string;
  mentorName: string;
  topic: string;
  slot: SheetSlot;
  deadline: number;
  /** The recipient's zone and language. */
  place: ReaderPlace;
}

export function renderSlotOfferMail(input: SlotOfferInput): OfficeHoursMail {
  const place = usablePlace(input.place);
  const when = describeSlot(input.slot, place);
  const deadline = `${formatDay(input.deadline, place)}, ${formatClock(input.deadline, place)} (${place.zone})`;
  return {
    subject: oneLine(`A slot is free for you: ${input.topic} with ${input.mentorName}`),
    bodyHtml:
      `<p>Dear ${escapeHtml(input.menteeName)},</p>` +
      `<p>A slot you waited for in ${escapeHtml(input.mentorName)}'s office hours on ${escapeHtml(input.topic)} is free: <strong>${escapeHtml(when)}</strong> (${escapeHtml(place.zone)}).</p>` +
      `<p>It is held for you until <strong>${escapeHtml(deadline)}</strong>. Open Micromentor in Teams, Office hours, and select Accept to book it; after that it goes to the next person waiting.</p>`,
  };
}

export interface SheetWithdrawnInput {
  menteeName: string;
  mentorName: string;
  topic: string;
  slot: SheetSlot;
  /** The mentor's word to claimants, if any. */
  comment: string;
  place: ReaderPlace;
}

export function renderSheetWithdrawnMail(input: SheetWithdrawnInput): OfficeHoursMail {
  const place = usablePlace(input.place);
  const comment = input.comment.trim() ? `<p>${escapeHtml(input.mentorName)} wrote: “${escapeHtml(input.comment.trim())}”</p>` : '';
  return {
    subject: oneLine(`Office hours called off: ${input.topic} with ${input.mentorName}`),
    bodyHtml:
      `<p>Dear ${escapeHtml(input.menteeName)},</p>` +
      `<p>${escapeHtml(input.mentorName)} has withdrawn the office hours on ${escapeHtml(input.topic)}, so your slot on ${escapeHtml(describeSlot(input.slot, place))} (${escapeHtml(place.zone)}) will not take place.</p>` +
      comment +
      `<p>Micromentor takes the meeting out of your calendar when you next open Office hours. Find another expert there or in Find an expert.</p>`,
  };
}
