// The mentee's thank-you note to the mentor, sharing the result (the method's "close the loop").
import type { Message } from '@microsoft/microsoft-graph-types';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';

export interface ThankYouNote {
  to: { email: string; name: string };
  subject: string;
  /** Rendered, escaped HTML: renderThankYouMail in src/domain, so its links follow the https rule. */
  bodyHtml: string;
}

/**
 * Sends the note. Graph cannot de-duplicate mail and our retry policy never repeats sendMail, so a
 * failure here is reported for the person to retry; the session records it once sent.
 */
export async function sendThankYou(graph: GraphConnection, note: ThankYouNote): Promise<void> {
  if (!note.to.email.includes('@')) throw new GatewayError('invalid', `"${note.to.email}" is not an email address.`);
  const message: Message = {
    subject: note.subject,
    body: { contentType: 'html', content: note.bodyHtml },
    toRecipients: [{ emailAddress: { address: note.to.email, name: note.to.name } }],
  };
  try {
    await graph.client.api('/me/sendMail').post({ message, saveToSentItems: true });
  } catch (error) {
    throw toGatewayError(error, 'sending your thank-you note');
  }
}
