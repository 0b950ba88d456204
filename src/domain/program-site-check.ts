// Compares a program site as read (its lists and their columns) with the app's schema: what set-up
// must create or add, and what only a person can fix. Set-up never deletes, renames or retypes a
// column and never touches items, so a column of another type is reported with what to do.
import type { ColumnType, ProgramSchema, SchemaColumn, SchemaList } from './program-schema';

/** A column as the site has it, reduced to what the schema speaks about. */
export interface SiteColumn {
  name: string;
  /** The schema's word for its type, or Graph's facet name when the schema has none for it. */
  type: ColumnType | string;
  indexed: boolean;
  unique: boolean;
  choices?: readonly string[];
}

export interface SiteList {
  name: string;
  columns: readonly SiteColumn[];
}

export interface SiteSnapshot {
  lists: readonly SiteList[];
  /** The schema version recorded on the site, if any. */
  version?: number;
}

export type Difference =
  | { kind: 'missing-list'; list: string; columns: number }
  | { kind: 'missing-column'; list: string; column: SchemaColumn }
  | { kind: 'not-indexed'; list: string; column: string }
  | { kind: 'other-type'; list: string; column: string; expected: ColumnType; actual: string }
  | { kind: 'not-unique'; list: string; column: string }
  | { kind: 'missing-choices'; list: string; column: string; choices: readonly string[]; has: readonly string[] };

/** Differences set-up resolves itself; the others are a person's to fix, in Microsoft Lists. */
export function setupFixes(d: Difference): boolean {
  // Adding choice values changes no item; removing or renaming them would, so set-up only adds.
  return d.kind === 'missing-list' || d.kind === 'missing-column' || d.kind === 'not-indexed' || d.kind === 'missing-choices';
}

/** Which schema column type a Graph columnDefinition is (its one type facet). */
export function siteColumn(def: Record<string, unknown>): SiteColumn {
  const text = def.text as { allowMultipleLines?: boolean } | undefined;
  const choice = def.choice as { choices?: string[] } | undefined;
  const facets: [string, ColumnType | string][] = [
    ['text', text?.allowMultipleLines ? 'note' : 'text'],
    ['number', 'number'],
    ['boolean', 'yes/no'],
    ['dateTime', 'date and time'],
    ['choice', 'choices'],
    ['currency', 'currency'],
    ['personOrGroup', 'person'],
    ['lookup', 'lookup'],
    ['hyperlinkOrPicture', 'hyperlink'],
    ['calculated', 'calculated'],
  ];
  const type = facets.find(([facet]) => def[facet] !== undefined && def[facet] !== null)?.[1] ?? 'unknown';
  return {
    name: String(def.name ?? ''),
    type,
    indexed: def.indexed === true,
    unique: def.enforceUniqueValues === true,
    ...(choice?.choices ? { choices: choice.choices } : {}),
  };
}

function findList(site: SiteSnapshot, list: SchemaList): SiteList | undefined {
  return site.lists.find((l) => l.name.toLowerCase() === list.name.toLowerCase());
}

/** Every way the site differs from the schema, list by list in the schema's order. */
export function compareSite(schema: ProgramSchema, site: SiteSnapshot): Difference[] {
  const out: Difference[] = [];
  for (const list of schema.lists) {
    const actual = findList(site, list);
    if (!actual) {
      out.push({ kind: 'missing-list', list: list.name, columns: list.columns.length });
      continue;
    }
    for (const column of list.columns) {
      const found = actual.columns.find((c) => c.name.toLowerCase() === column.name.toLowerCase());
      if (!found) {
        out.push({ kind: 'missing-column', list: list.name, column });
        continue;
      }
      if (found.type !== column.type) {
        out.push({ kind: 'other-type', list: list.name, column: column.name, expected: column.type, actual: found.type });
        continue;
      }
      if ((column.indexed || column.unique) && !found.indexed) out.push({ kind: 'not-indexed', list: list.name, column: column.name });
      if (column.unique && !found.unique) out.push({ kind: 'not-unique', list: list.name, column: column.name });
      const missingChoices = (column.choices ?? []).filter((c) => !(found.choices ?? []).includes(c));
      if (missingChoices.length > 0) out.push({ kind: 'missing-choices', list: list.name, column: column.name, choices: missingChoices, has: found.choices ?? [] });
    }
  }
  return out;
}

export interface SetupPlan {
  createLists: SchemaList[];
  /** Per existing list: columns to add, columns to index, and choice columns to give their missing values (all of them, kept first). */
  upgrades: { list: string; add: SchemaColumn[]; index: string[]; choices: { column: string; choices: string[] }[] }[];
  /** What set-up leaves alone and reports. */
  leftAlone: Difference[];
}

export function planSetup(schema: ProgramSchema, differences: readonly Difference[]): SetupPlan {
  const createLists = schema.lists.filter((l) => differences.some((d) => d.kind === 'missing-list' && d.list === l.name));
  const upgrades: SetupPlan['upgrades'] = [];
  for (const list of schema.lists) {
    const add = differences.flatMap((d) => (d.kind === 'missing-column' && d.list === list.name ? [d.column] : []));
    const index = differences.flatMap((d) => (d.kind === 'not-indexed' && d.list === list.name ? [d.column] : []));
    const choices = differences.flatMap((d) => (d.kind === 'missing-choices' && d.list === list.name ? [{ column: d.column, choices: [...d.has, ...d.choices] }] : []));
    if (add.length > 0 || index.length > 0 || choices.length > 0) upgrades.push({ list: list.name, add, index, choices });
  }
  return { createLists, upgrades, leftAlone: differences.filter((d) => !setupFixes(d)) };
}

export type SiteState =
  /** None of the app's lists are there. */
  | 'not-set-up'
  /** Set up by an older app version, or lists or columns are missing: set-up can add them. */
  | 'older'
  /** Everything set-up can do is done (hand-made changes may still be reported). */
  | 'current'
  /** Set up by a newer version of the app than this one. */
  | 'newer';

export function siteState(schema: ProgramSchema, site: SiteSnapshot, differences: readonly Difference[]): SiteState {
  if (site.version !== undefined && site.version > schema.version) return 'newer';
  if (schema.lists.every((l) => !findList(site, l))) return 'not-set-up';
  if (differences.some(setupFixes) || site.version === undefined || site.version < schema.version) return 'older';
  return 'current';
}

const TYPE_WORDS: Record<string, string> = {
  text: 'single line of text',
  note: 'multiple lines of text',
  number: 'number',
  'yes/no': 'yes/no',
  'date and time': 'date and time',
  choices: 'choice (several may be ticked)',
};

function typeWords(type: string): string {
  return TYPE_WORDS[type] ?? type;
}

/** One difference in a sentence a program manager can act on. */
export function describeDifference(d: Difference): string {
  switch (d.kind) {
    case 'missing-list':
      return `The list ${d.list} is missing; set-up creates it with its ${d.columns} columns.`;
    case 'missing-column':
      return `The list ${d.list} has no column ${d.column.name} (${typeWords(d.column.type)}); set-up adds it.`;
    case 'not-indexed':
      return `The column ${d.column} in ${d.list} is not indexed, so the app's queries fail once the list is large; set-up indexes it.`;
    case 'other-type':
      return `The column ${d.column} in ${d.list} is ${typeWords(d.actual)} but the app needs ${typeWords(d.expected)}. Set-up leaves it as it is: in Microsoft Lists, change its type back to ${typeWords(d.expected)} (or rename it and run set-up again to add a new one).`;
    case 'not-unique':
      return `The column ${d.column} in ${d.list} does not enforce unique values, so two people at once could create the same record twice. In Microsoft Lists, open the column's settings and turn on "Enforce unique values".`;
    case 'missing-choices':
      return `The column ${d.column} in ${d.list} lacks the choices ${d.choices.map((c) => `"${c}"`).join(', ')}; set-up adds them (and keeps the others).`;
  }
}
