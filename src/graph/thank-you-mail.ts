// The mentee's thank-you note to the mentor, sharing the result (the method's "close the loop").
import type { GraphConnection } from './graph-client';
import { sendMail, type OutgoingMail } from './send-mail';

export type ThankYouNote = OutgoingMail;

/** Sends the note once; the session records it once sent (send-mail.ts: mail is never repeated by retries). */
export async function sendThankYou(graph: GraphConnection, note: ThankYouNote): Promise<void> {
  await sendMail(graph, note, 'sending your thank-you note');
}
