// A three-way merge of a flat record, field by field, for saves that met a 412: a field only one
// side changed takes that side's value; a field both changed to different values is a conflict.
// Used for a mentor's offer, which the mentor and the program manager may edit at once.

export type FieldMerge<T> = { kind: 'merged'; value: T } | { kind: 'conflict'; fields: (keyof T)[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `base` is what I read, `mine` what I want to write, `theirs` what is stored now. */
export function mergeFields<T extends object>(base: T, mine: T, theirs: T): FieldMerge<T> {
  const merged = { ...theirs } as Record<keyof T, unknown>;
  const conflicts: (keyof T)[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)] as (keyof T)[]);
  for (const key of keys) {
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    if (same(m, b) || same(m, t)) continue; // I did not change it, or we agree: theirs stands
    if (same(t, b)) merged[key] = m;
    else conflicts.push(key);
  }
  return conflicts.length > 0 ? { kind: 'conflict', fields: conflicts } : { kind: 'merged', value: merged as T };
}
