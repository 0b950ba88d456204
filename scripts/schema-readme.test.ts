import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROGRAM_SCHEMA } from '../src/domain/program-schema';
import { BEGIN, END, schemaTable, withSchemaTable } from './schema-readme';

describe("the README's program site table", () => {
  it('is what the schema says (run npm run schema:readme after changing the schema)', () => {
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    expect(withSchemaTable(readme, schemaTable(PROGRAM_SCHEMA))).toBe(readme);
  });

  it('has a row per column with its type and settings, and replaces only what is between the markers', () => {
    const table = schemaTable(PROGRAM_SCHEMA);
    expect(table).toContain('| Sessions | SessionKey | Session key | single line of text | indexed, enforce unique values |');
    expect(table).toContain('| Mentors | SessionLengths | Session lengths | choice, several may be ticked | choices: 30, 45, 60 |');
    expect(withSchemaTable(`before\n${BEGIN}\nold\n${END}\nafter`, 'new')).toBe(`before\n${BEGIN}\nnew\n${END}\nafter`);
    expect(() => withSchemaTable('no markers', 'new')).toThrow(/needs the lines/);
  });
});
