import { formatClock, formatDay } from '../../domain/render-html';
import type { Viewer } from '../common/tab-ports';

/** "Tue, 3 Jun 2025, 10:30" in the viewer's zone and language. */
export function formatSlot(start: number, viewer: Pick<Viewer, 'zone' | 'locale'>): string {
  const place = { zone: viewer.zone, locale: viewer.locale };
  return `${formatDay(start, place, 'medium')}, ${formatClock(start, place)}`;
}

/** "2 of 3 left this week · 5 of 8 this month", or that the mentor sets no limit. */
export function capacityText(left: { week?: number; month?: number }, caps: { week?: number; month?: number }): string {
  const parts: string[] = [];
  if (caps.week !== undefined) parts.push(`${left.week ?? 0} of ${caps.week} left this week`);
  if (caps.month !== undefined) parts.push(`${left.month ?? 0} of ${caps.month} left this month`);
  return parts.length > 0 ? parts.join(' · ') : 'No session limit';
}
