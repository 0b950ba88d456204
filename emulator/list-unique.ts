// Columns with `enforceUniqueValues`: SharePoint refuses a write that would give two items the same
// value in such a column, so the emulator must too, or an app that counts on that refusal (one
// session per key, however many people click at once) would only be tested against a real tenant.
//
// What Graph answers: SharePoint's SPDuplicateValuesFoundException ("The list item could not be
// added or updated because duplicate values were found in the following field(s) in the list:
// [Name].") surfaces through Graph as 409 Conflict with code `nameAlreadyExists` (reported by
// people who hit it; Microsoft does not document the mapping). The emulator answers exactly that,
// and writes nothing.
import type { Database } from 'better-sqlite3';
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { GraphFault, badRequest } from './graph-error';
import type { FieldValues } from './list-columns';
import type { ListRow } from './list-store';

/** Checks the unique-value rules of columns being created: SharePoint only enforces them on an indexed, single-value column. */
export function checkUniqueColumn(column: ColumnDefinition): void {
  if (column.enforceUniqueValues !== true) return;
  const name = column.name ?? '';
  if (column.indexed !== true) {
    throw badRequest(`Column '${name}' enforces unique values, so it must be indexed too ("indexed": true).`, 'invalidRequest');
  }
  const multiValue =
    column.text?.allowMultipleLines === true ||
    column.choice?.displayAs === 'checkBoxes' ||
    column.personOrGroup?.allowMultipleSelection === true ||
    column.lookup?.allowMultipleValues === true;
  if (multiValue) throw badRequest(`Column '${name}' cannot enforce unique values: SharePoint enforces them only on single-value columns.`, 'invalidRequest');
}

/** SharePoint compares text without regard to case; other values as they are. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/**
 * Throws Graph's 409 when `values` (the item's fields after the write) repeat another item's value
 * in a unique column. Call inside the write's transaction, so two writers cannot both pass.
 */
export function checkUniqueValues(db: Database, list: ListRow, columns: ColumnDefinition[], values: FieldValues, itemId?: number): void {
  const unique = columns.filter((c) => c.enforceUniqueValues === true && c.name && values[c.name] !== undefined && values[c.name] !== null);
  if (unique.length === 0) return;
  const others = db.prepare('SELECT id, fields FROM list_items WHERE list_id = ?').all(list.id) as { id: number; fields: string }[];
  const clashing = unique.filter((c) =>
    others.some((row) => row.id !== itemId && sameValue((JSON.parse(row.fields) as FieldValues)[c.name!], values[c.name!])),
  );
  if (clashing.length === 0) return;
  const names = clashing.map((c) => c.displayName ?? c.name).join(', ');
  throw new GraphFault(409, 'nameAlreadyExists', `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${names}].`);
}
