// A three-way merge of a record, field by field, for saves that met a 412: a field only one side
// changed takes that side's value; a field both changed to different values is a conflict unless
// the caller knows how to combine that field (a session's checklists, its agreed actions).
// Used for a mentor's offer (mentor and program manager) and for a session (mentor and mentee).

export type FieldMerge<T> = { kind: 'merged'; value: T } | { kind: 'conflict'; fields: (keyof T)[] };

/**
 * Combines a field both sides changed: `{ value }` settles it, undefined leaves it a conflict.
 * Called only with three different values.
 */
export type ResolveField<T> = <K extends keyof T>(key: K, base: T[K], mine: T[K], theirs: T[K]) => { value: T[K] } | undefined;

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** `base` is what I read, `mine` what I want to write, `theirs` what is stored now. */
export function mergeFields<T extends object>(base: T, mine: T, theirs: T, resolve?: ResolveField<T>): FieldMerge<T> {
  const merged = { ...theirs } as T;
  const conflicts: (keyof T)[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)] as (keyof T)[]);
  for (const key of keys) {
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    if (sameValue(m, b) || sameValue(m, t)) continue; // I did not change it, or we agree: theirs stands
    if (sameValue(t, b)) {
      merged[key] = m; // only I changed it
      continue;
    }
    const resolved = resolve?.(key, b, m, t);
    if (resolved) merged[key] = resolved.value;
    else conflicts.push(key);
  }
  return conflicts.length > 0 ? { kind: 'conflict', fields: conflicts } : { kind: 'merged', value: merged };
}
