// A day as the date input gives it ("2026-03-05", in the viewer's zone) as the instant it starts
// (back again: the domain's isoDay). Filters and pilots take whole days in the viewer's zone.
import { civilFromDay, dayFromCivil, isKnownZone, localWallTime } from '../../domain/zone-time';

const usable = (zone: string) => (isKnownZone(zone) ? zone : 'UTC');

export type DayParse = { ok: true; start?: number } | { ok: false; message: string };

/** Midnight starting the day in the zone; an empty value is no day. `after`: days after this one (1 = the next midnight). */
export function parseDay(value: string, zone: string, after = 0): DayParse {
  if (value.trim() === '') return { ok: true };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return { ok: false, message: 'Enter a day such as 2026-03-05.' };
  const day = dayFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
  const check = civilFromDay(day);
  if (check.month !== Number(match[2]) || check.day !== Number(match[3]) || check.year < 2000 || check.year > 2100) return { ok: false, message: 'That day does not exist.' };
  return { ok: true, start: localWallTime(usable(zone), day + after, 0) };
}
