// An oracle for wall-clock times that asks Intl directly and shares nothing with the emulator's
// time-zones.ts: the clock changes of a zone, and the instant a wall time should have under the
// documented rule (a spring-forward gap moves forward by the gap; a repeated time is the earlier).
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock at an instant, as if it were UTC. */
export function intlWall(zone: string, ms: number): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

export interface ClockChange {
  /** The first instant of the new offset. */
  at: number;
  /** Offsets (ms to add to UTC) before and after. */
  before: number;
  after: number;
}

/** Every change of offset in [from, to), to the minute (zones change at most once a day). */
export function clockChanges(zone: string, from: number, to: number): ClockChange[] {
  const offset = (ms: number) => intlWall(zone, ms) - ms;
  const found: ClockChange[] = [];
  for (let t = from; t < to; t += DAY) {
    if (offset(t) === offset(t + DAY)) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before: offset(lo), after: offset(hi) });
  }
  return found;
}

/** The instant a wall time near `change` should have: the earlier of those that read it, else (in a gap) the one reading it moved forward by the gap. */
export function expectedInstant(zone: string, wall: number, change: ClockChange): number {
  const readings = [wall - change.before, wall - change.after].filter((t) => intlWall(zone, t) === wall);
  if (readings.length > 0) return Math.min(...readings);
  const gap = change.after - change.before;
  const moved = wall - change.before;
  if (intlWall(zone, moved) !== wall + gap) throw new Error(`oracle: ${new Date(wall).toISOString()} in ${zone} is neither read nor skipped`);
  return moved;
}

/** The wall time half an hour into the hour a change skips or repeats. */
export function wallInsideChange(change: ClockChange): number {
  return Math.min(change.at + change.before, change.at + change.after) + 30 * MINUTE;
}
