// GET /users/{id}/mailboxSettings: the signed-in person's Outlook settings, with Graph's shape (and
// $select, as the gateway asks for timeZone and language only). The zone is a Windows name, as
// Outlook gives it when set in Outlook's own settings.
import { badRequest } from '../graph-error';
import type { EmuResponse, HandlerContext } from '../http-types';
import { json } from '../http-types';
import { applySelect, readSelect } from '../odata';
import type { Router } from '../router';
import { windowsZoneName } from '../time-zones';
import { requireSelf } from '../user-access';
import { LANGUAGE_BY_CITY } from './people';

export function register(router: Router): void {
  router.get('/v1.0/users/:userId/mailboxSettings', getMailboxSettings);
}

function getMailboxSettings(ctx: HandlerContext): EmuResponse {
  requireSelf(ctx);
  const settings = mailboxSettings(ctx);
  const select = readSelect(ctx.req.query);
  const unknown = select?.find((name) => !Object.keys(settings).some((key) => key.toLowerCase() === name.toLowerCase()));
  if (unknown !== undefined) throw badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.mailboxSettings'.`);
  return json(200, {
    '@odata.context': `${ctx.baseUrl}/$metadata#users('${encodeURIComponent(ctx.user.id)}')/mailboxSettings${select ? `(${select.join(',')})` : ''}`,
    ...applySelect(settings, select, []),
  });
}

function mailboxSettings(ctx: HandlerContext): Record<string, unknown> {
  const user = ctx.user;
  const zone = windowsZoneName(user.time_zone);
  const locale = LANGUAGE_BY_CITY[user.office_location ?? ''] ?? 'en-US';
  return {
    archiveFolder: `AAMkAD${Buffer.from(`archive:${user.id}`).toString('base64url')}`,
    timeZone: zone,
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    dateFormat: locale === 'en-US' ? 'M/d/yyyy' : 'dd/MM/yyyy',
    timeFormat: locale === 'en-US' ? 'h:mm tt' : 'HH:mm',
    userPurpose: 'user',
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      internalReplyMessage: '',
      externalReplyMessage: '',
      scheduledStartDateTime: { dateTime: new Date(ctx.now).toISOString().slice(0, 19) + '.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: new Date(ctx.now + 86_400_000).toISOString().slice(0, 19) + '.0000000', timeZone: 'UTC' },
    },
    // Outlook names a language with its region in brackets: "English (United Kingdom)", not "British English".
    language: { locale, displayName: new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' }).of(locale) ?? locale },
    workingHours: {
      daysOfWeek: JSON.parse(user.work_days) as string[],
      startTime: `${user.work_start}.0000000`,
      endTime: `${user.work_end}.0000000`,
      timeZone: { name: zone },
    },
  };
}
