import { hostThemeFromOfficeColors } from '../../domain/host-context';
import type { HostConnection } from '../host-connection';

/** Office.js is loaded by a script tag from Microsoft's CDN; outside Office (or offline) it is absent. */
export function officeIsLoaded(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

/** Resolves when Office.js says this is Outlook; rejects when it says we are outside Office. */
export async function connectToOutlook(): Promise<HostConnection> {
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Outlook) throw new Error('Office.js is loaded but this is not Outlook');
  const mailbox = Office.context.mailbox;
  const profile = mailbox.userProfile;
  const officeTheme = Office.context.officeTheme;
  return {
    context: {
      host: 'outlook',
      surface: 'outlook',
      frame: mailbox.item?.itemType === Office.MailboxEnums.ItemType.Appointment ? 'appointment compose' : 'message compose',
      user: { id: '', displayName: profile.displayName, userPrincipalName: profile.emailAddress },
      theme: officeTheme ? hostThemeFromOfficeColors(officeTheme.bodyBackgroundColor, officeTheme.bodyForegroundColor) : 'default',
    },
    // Outlook does not push theme changes to task panes; it reloads them.
    onThemeChange: () => undefined,
  };
}
