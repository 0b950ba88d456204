// A list's column definitions (Graph columnDefinition objects, as stored in `lists.columns`) and
// the check every write makes against them: SharePoint rejects unknown columns and values of the
// wrong type, so the emulator must too, or an app bug would only show up against a real tenant.
import { createHash } from 'node:crypto';
import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';
import { badRequest } from './graph-error';
import { checkUniqueColumn } from './list-unique';

export type FieldValues = Record<string, unknown>;

/** Type facets the emulator checks; a column with none of them accepts any JSON value. */
const TYPE_FACETS = ['text', 'number', 'currency', 'boolean', 'choice', 'dateTime', 'personOrGroup', 'lookup', 'hyperlinkOrPicture'] as const;

const TEXT_MAX_LENGTH = 255;

/** Every generic list has Title; SharePoint creates it with the list. */
const TITLE_COLUMN: ColumnDefinition = {
  name: 'Title',
  displayName: 'Title',
  text: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: TEXT_MAX_LENGTH },
};

/** Fields SharePoint maintains itself: they appear in fieldValueSets but cannot be written. */
export const SYSTEM_FIELDS = new Set(
  ['id', 'ID', 'ContentType', 'Created', 'Modified', 'Author', 'Editor', 'AuthorLookupId', 'EditorLookupId', '_UIVersionString', 'Attachments', 'Edit', 'LinkTitle', 'LinkTitleNoMenu', 'ItemChildCount', 'FolderChildCount'].map(
    (s) => s.toLowerCase(),
  ),
);

/** Parses the stored JSON; the seed may store minimal definitions, so defaults are filled in on read. */
export function storedColumns(json: string): ColumnDefinition[] {
  const parsed = JSON.parse(json) as unknown;
  return Array.isArray(parsed) ? (parsed as ColumnDefinition[]) : [];
}

/** The columns Graph reports for a list: Title first, then the list's own, with Graph's defaults. */
export function describeColumns(listId: string, columns: ColumnDefinition[]): ColumnDefinition[] {
  return [TITLE_COLUMN, ...columns.filter((c) => c.name !== 'Title')].map((c) => withDefaults(listId, c));
}

function withDefaults(listId: string, column: ColumnDefinition): ColumnDefinition {
  const name = column.name ?? '';
  return {
    columnGroup: 'Custom Columns',
    description: '',
    displayName: column.displayName ?? name,
    enforceUniqueValues: false,
    hidden: false,
    id: column.id ?? columnId(listId, name),
    indexed: false,
    name,
    readOnly: false,
    required: false,
    ...column,
  };
}

/** Column ids are GUIDs in Graph; derive a stable one so repeated reads agree. */
function columnId(listId: string, name: string): string {
  const h = createHash('sha1').update(`${listId}/column/${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Validates the columns of a create-list body and returns them as they will be stored. */
export function parseNewColumns(raw: unknown): ColumnDefinition[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw badRequest('"columns" must be an array of columnDefinition objects.', 'invalidRequest');
  const seen = new Set<string>(['title']);
  return raw.map((entry, index) => {
    if (typeof entry !== 'object' || entry === null) throw badRequest(`Column ${index + 1} must be a columnDefinition object.`, 'invalidRequest');
    const column = entry as ColumnDefinition;
    const name = column.name;
    if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw badRequest(`Column ${index + 1} needs a "name" of letters, digits and underscores (SharePoint's internal name).`, 'invalidRequest');
    }
    if (seen.has(name.toLowerCase()) || SYSTEM_FIELDS.has(name.toLowerCase())) {
      throw badRequest(`A column named '${name}' already exists in this list.`, 'invalidRequest');
    }
    seen.add(name.toLowerCase());
    const facets = TYPE_FACETS.filter((f) => column[f] !== undefined && column[f] !== null);
    if (facets.length > 1) throw badRequest(`Column '${name}' has more than one type (${facets.join(', ')}); give exactly one.`, 'invalidRequest');
    checkUniqueColumn(column);
    return column;
  });
}

/**
 * Checks a fieldValueSet being written and returns the changes to apply (null clears a field).
 * Graph's `X@odata.type` annotations (e.g. Collection(Edm.String) for multi-value columns) are
 * accepted and dropped: they describe the value, they are not fields.
 */
export function validateFieldWrite(body: unknown, columns: ColumnDefinition[]): FieldValues {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object of column names and values.', 'invalidRequest');
  }
  const byName = new Map<string, ColumnDefinition>();
  for (const c of [TITLE_COLUMN, ...columns]) if (c.name) byName.set(c.name.toLowerCase(), c);
  const out: FieldValues = {};
  for (const [key, value] of Object.entries(body as FieldValues)) {
    if (key.includes('@odata.')) continue;
    if (SYSTEM_FIELDS.has(key.toLowerCase())) throw badRequest(`Field '${key}' is read-only`, 'invalidRequest');
    const lookup = /^(.+)LookupId$/i.exec(key);
    const column = byName.get(key.toLowerCase()) ?? (lookup ? byName.get(lookup[1]!.toLowerCase()) : undefined);
    if (!column || (lookup && !byName.has(key.toLowerCase()) && !column.personOrGroup && !column.lookup)) {
      throw badRequest(`Field '${key}' is not recognized`, 'invalidRequest');
    }
    // Stored under the column's own spelling, whatever case the client used.
    const storedKey = byName.has(key.toLowerCase()) ? column.name! : `${column.name!}LookupId`;
    const declaredCollection = /^Collection\(/i.test(String((body as FieldValues)[`${key}@odata.type`] ?? ''));
    if (value !== null) checkValue(storedKey, value, column, declaredCollection);
    out[storedKey] = value;
  }
  return out;
}

function checkValue(key: string, value: unknown, column: ColumnDefinition, declaredCollection: boolean): void {
  const wrong = (expected: string): never => {
    throw badRequest(`Field '${key}' expects ${expected}; got ${JSON.stringify(value)}.`, 'invalidRequest');
  };
  if (column.text) {
    if (typeof value !== 'string') wrong('text');
    const max = column.text.maxLength ?? (column.text.allowMultipleLines ? Infinity : TEXT_MAX_LENGTH);
    if ((value as string).length > max) wrong(`text of at most ${max} characters`);
  } else if (column.number || column.currency) {
    if (typeof value !== 'number' || !Number.isFinite(value)) wrong('a number');
    const { minimum, maximum } = column.number ?? {};
    if (typeof minimum === 'number' && (value as number) < minimum) wrong(`a number of at least ${minimum}`);
    if (typeof maximum === 'number' && (value as number) > maximum) wrong(`a number of at most ${maximum}`);
  } else if (column.boolean) {
    if (typeof value !== 'boolean') wrong('true or false');
  } else if (column.dateTime) {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) wrong('an ISO 8601 date and time');
  } else if (column.choice) {
    // checkBoxes is how Graph marks a multi-select choice column; a Collection(Edm.String)
    // annotation on the value says the same from the writer's side.
    const multi = column.choice.displayAs === 'checkBoxes' || declaredCollection;
    const allowed = column.choice.choices ?? [];
    const ok = (v: unknown) => typeof v === 'string' && (column.choice!.allowTextEntry === true || allowed.includes(v));
    if (multi ? !Array.isArray(value) || !value.every(ok) : !ok(value)) {
      wrong(`${multi ? 'an array of' : 'one of'} ${allowed.map((c) => `'${c}'`).join(', ')}`);
    }
  } else if (column.personOrGroup || column.lookup) {
    const multi = column.personOrGroup?.allowMultipleSelection === true || column.lookup?.allowMultipleValues === true;
    const ok = (v: unknown) => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d+$/.test(v));
    if (multi ? !Array.isArray(value) || !value.every(ok) : !ok(value)) wrong(multi ? 'an array of lookup ids' : 'a lookup id');
  }
}
