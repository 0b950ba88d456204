import { PROGRAM_SCHEMA, columnDefinition, graphLists, type ProgramSchema } from './program-schema';
import { compareSite, describeDifference, planSetup, siteColumn, siteState, type SiteSnapshot } from './program-site-check';

const schema: ProgramSchema = {
  version: 3,
  lists: [
    {
      name: 'Sessions',
      displayName: 'Sessions',
      description: 'd',
      columns: [
        { name: 'SessionKey', displayName: 'Session key', type: 'text', indexed: true, unique: true },
        { name: 'Goal', displayName: 'Goal', type: 'note' },
        { name: 'Topics', displayName: 'Topics', type: 'choices', choices: ['a', 'b'] },
      ],
    },
    { name: 'Pilots', displayName: 'Pilots', description: 'd', columns: [{ name: 'PilotKey', displayName: 'Pilot key', type: 'text' }] },
  ],
};

/** The site exactly as set-up would create it, read back through Graph's column shapes. */
function asCreated(s: ProgramSchema, version = s.version): SiteSnapshot {
  return { version, lists: s.lists.map((l) => ({ name: l.name, columns: l.columns.map((c) => siteColumn(columnDefinition(c))) })) };
}

describe('the program site compared with the schema', () => {
  it('finds nothing to do on a site set up with this version', () => {
    expect(compareSite(schema, asCreated(schema))).toEqual([]);
    expect(siteState(schema, asCreated(schema), [])).toBe('current');
  });

  it('calls an empty site not set up and plans every list', () => {
    const differences = compareSite(schema, { lists: [] });
    expect(siteState(schema, { lists: [] }, differences)).toBe('not-set-up');
    expect(planSetup(schema, differences).createLists.map((l) => l.name)).toEqual(['Sessions', 'Pilots']);
  });

  it('plans the missing columns and indexes of an older site, and nothing else', () => {
    const site: SiteSnapshot = {
      version: 2,
      lists: [
        { name: 'sessions', columns: [{ name: 'SessionKey', type: 'text', indexed: false, unique: false }] },
        { name: 'Pilots', columns: [{ name: 'PilotKey', type: 'text', indexed: false, unique: false }] },
      ],
    };
    const differences = compareSite(schema, site);
    expect(siteState(schema, site, differences)).toBe('older');
    const plan = planSetup(schema, differences);
    expect(plan.createLists).toEqual([]);
    expect(plan.upgrades).toEqual([{ list: 'Sessions', add: [schema.lists[0]!.columns[1], schema.lists[0]!.columns[2]], index: ['SessionKey'], choices: [] }]);
    // Uniqueness is a person's to turn on: items may already repeat a value.
    expect(plan.leftAlone.map((d) => d.kind)).toEqual(['not-unique']);
  });

  it('reports a column of another type with what to do, and never plans to change it', () => {
    const site = asCreated(schema);
    const changed: SiteSnapshot = { ...site, lists: [{ name: 'Sessions', columns: [site.lists[0]!.columns[0]!, { name: 'Goal', type: 'number', indexed: false, unique: false }, site.lists[0]!.columns[2]!] }, site.lists[1]!] };
    const differences = compareSite(schema, changed);
    expect(differences).toEqual([{ kind: 'other-type', list: 'Sessions', column: 'Goal', expected: 'note', actual: 'number' }]);
    expect(planSetup(schema, differences).upgrades).toEqual([]);
    expect(siteState(schema, changed, differences)).toBe('current');
    expect(describeDifference(differences[0]!)).toBe(
      'The column Goal in Sessions is number but the app needs multiple lines of text. Set-up leaves it as it is: in Microsoft Lists, change its type back to multiple lines of text (or rename it and run set-up again to add a new one).',
    );
  });

  it('plans to add missing choices, keeping the ones a person added', () => {
    const site = asCreated(schema);
    const lists = [{ name: 'Sessions', columns: [site.lists[0]!.columns[0]!, site.lists[0]!.columns[1]!, { ...site.lists[0]!.columns[2]!, choices: ['a', 'mine'] }] }, site.lists[1]!];
    const differences = compareSite(schema, { ...site, lists });
    expect(differences).toEqual([{ kind: 'missing-choices', list: 'Sessions', column: 'Topics', choices: ['b'], has: ['a', 'mine'] }]);
    expect(planSetup(schema, differences).upgrades).toEqual([{ list: 'Sessions', add: [], index: [], choices: [{ column: 'Topics', choices: ['a', 'mine', 'b'] }] }]);
  });

  it('knows a site set up by a newer app', () => {
    expect(siteState(schema, asCreated(schema, 4), [])).toBe('newer');
  });
});

describe('the app schema', () => {
  it('indexes every unique column and names each column once per list', () => {
    for (const list of PROGRAM_SCHEMA.lists) {
      const names = list.columns.map((c) => c.name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      expect(names).not.toContain('title');
      for (const c of list.columns) if (c.unique) expect(c.indexed).toBe(true);
    }
  });

  it('reads back through Graph column definitions as itself', () => {
    const site = { version: PROGRAM_SCHEMA.version, lists: graphLists(PROGRAM_SCHEMA).lists.map((l) => ({ name: l.name, columns: l.columns.map(siteColumn) })) };
    expect(compareSite(PROGRAM_SCHEMA, site)).toEqual([]);
  });
});
