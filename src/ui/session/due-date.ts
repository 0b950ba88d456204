// A due day as the date input gives it ("2026-03-05", in the viewer's zone) and back. The instant
// stored is noon of that day in the viewer's zone, so the day reads the same in nearby zones.
import { civilFromDay, dayFromCivil, isKnownZone, localDayOf, localWallTime } from '../../domain/zone-time';

// A zone the runtime does not know (from an odd host) reads as UTC instead of failing the form.
const usable = (zone: string) => (isKnownZone(zone) ? zone : 'UTC');

export type DueParse = { ok: true; due: number | null } | { ok: false; message: string };

export function parseDueDate(value: string, viewerZone: string, now: number): DueParse {
  const zone = usable(viewerZone);
  if (value === '') return { ok: true, due: null };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return { ok: false, message: 'Enter a day such as 2026-03-05, or leave it empty.' };
  const day = dayFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
  const check = civilFromDay(day);
  if (check.month !== Number(match[2]) || check.day !== Number(match[3])) return { ok: false, message: 'That day does not exist.' };
  if (day < localDayOf(zone, now)) return { ok: false, message: 'Pick today or a later day.' };
  return { ok: true, due: localWallTime(zone, day, 12 * 60) };
}

export function dueDateValue(due: number | undefined, viewerZone: string): string {
  if (due === undefined || !Number.isFinite(due)) return '';
  const zone = usable(viewerZone);
  const { year, month, day } = civilFromDay(localDayOf(zone, due));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today in the zone, as the date input's `min`. */
export function todayValue(zone: string, now: number): string {
  return dueDateValue(now, zone);
}
