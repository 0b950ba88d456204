// One mail through the signed-in person's mailbox (/me/sendMail). Graph cannot de-duplicate mail
// and our retry policy never repeats sendMail, so a failure is reported for the caller to handle;
// callers record that a mail went out so a retry does not send it twice.
import type { Message } from '@microsoft/microsoft-graph-types';
import { GatewayError, toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';

export interface OutgoingMail {
  to: { email: string; name: string };
  /** Plain text. */
  subject: string;
  /** Rendered, escaped HTML (a renderer in src/domain). */
  bodyHtml: string;
}

/** Sends `mail`; `doing` completes "…while <doing>" in the error. */
export async function sendMail(graph: GraphConnection, mail: OutgoingMail, doing: string): Promise<void> {
  if (!mail.to.email.includes('@')) throw new GatewayError('invalid', `"${mail.to.email}" is not an email address.`);
  const message: Message = {
    subject: mail.subject,
    body: { contentType: 'html', content: mail.bodyHtml },
    toRecipients: [{ emailAddress: { address: mail.to.email, name: mail.to.name } }],
  };
  try {
    await graph.client.api('/me/sendMail').post({ message, saveToSentItems: true });
  } catch (error) {
    throw toGatewayError(error, doing);
  }
}
