// Half-open time ranges [start, end) in epoch milliseconds, and the three operations free-slot
// search is built from. Every operation takes sorted, merged lists and walks them with two
// pointers, so the work grows with the sum of the lengths, never their product.

export interface Interval {
  start: number;
  end: number;
}

/**
 * Sorts a copy and joins ranges that overlap or touch; empty and reversed ranges are dropped.
 * Touching ranges are joined so that a slot may run across the seam (a meeting ending at 10:00
 * and one starting at 10:00 leave no gap, and working hours 00:00–24:00 on two days are one range).
 */
export function sortAndMerge(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start);
  if (!isSorted(sorted)) sorted.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  let current: Interval | undefined;
  for (const next of sorted) {
    if (current && next.start <= current.end) {
      if (next.end > current.end) current.end = next.end;
    } else {
      current = { start: next.start, end: next.end };
      merged.push(current);
    }
  }
  return merged;
}

/** Calendars usually arrive sorted already; checking is cheaper than sorting. */
function isSorted(list: readonly Interval[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return false;
  return true;
}

/** The parts of `base` not covered by `cut`. Both must be sorted and merged (as `sortAndMerge` gives). */
export function subtract(base: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const b of base) {
    let start = b.start;
    // Cuts wholly before this range cannot touch it or any later range.
    while (j < cut.length && cut[j]!.end <= start) j++;
    let k = j;
    while (k < cut.length && cut[k]!.start < b.end) {
      const c = cut[k]!;
      if (c.start > start) out.push({ start, end: c.start });
      if (c.end > start) start = c.end;
      if (start >= b.end) break;
      k++;
    }
    if (start < b.end) out.push({ start, end: b.end });
  }
  return out;
}

/** The time covered by both lists. Both must be sorted and merged. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = x.start > y.start ? x.start : y.start;
    const end = x.end < y.end ? x.end : y.end;
    if (start < end) out.push({ start, end });
    // The range that ends first can meet nothing further in the other list.
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** Whether [start, end) lies wholly inside one range of a sorted, merged list. */
export function covers(list: readonly Interval[], start: number, end: number): boolean {
  const i = lastStartingAtOrBefore(list, start);
  return i >= 0 && list[i]!.end >= end;
}

/** Whether [start, end) shares any time with a sorted, merged list. */
export function overlaps(list: readonly Interval[], start: number, end: number): boolean {
  const i = lastStartingAtOrBefore(list, start);
  if (i >= 0 && list[i]!.end > start) return true;
  const next = list[i + 1];
  return next !== undefined && next.start < end;
}

/** Binary search: index of the last range starting at or before `t`, or -1. */
function lastStartingAtOrBefore(list: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
