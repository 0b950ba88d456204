// Where the signed-in person reads times: the zone and language set in Outlook (MailboxSettings.Read).
// A refusal is not an error: without the permission the host's zone stands in.
import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import { toGatewayError } from './gateway-error';
import type { GraphConnection } from './graph-client';
import { ianaFromOutlookZone } from './windows-zones';

export interface MailboxPlace {
  /** IANA zone, when Outlook has one the app can use. */
  zone?: string;
  /** BCP 47 locale, e.g. en-GB. */
  locale?: string;
}

export async function readMailboxPlace(graph: GraphConnection): Promise<MailboxPlace> {
  let settings: MailboxSettings;
  try {
    settings = (await graph.client.api('/me/mailboxSettings').select('timeZone,language').get()) as MailboxSettings;
  } catch (error) {
    const failure = toGatewayError(error, 'reading your Outlook time zone');
    if (failure.code === 'forbidden' || failure.code === 'not-found') return {};
    throw failure;
  }
  return { zone: ianaFromOutlookZone(settings.timeZone) ?? undefined, locale: settings.language?.locale ?? undefined };
}
