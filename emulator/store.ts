// Opens the SQLite file, creates the schema and seeds the demo organisation once.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA, SCHEMA_VERSION } from './schema';
import { seedDemoOrganisation, type SeedOptions } from './seed';

export type { Database } from 'better-sqlite3';

export interface StoreOptions extends SeedOptions {
  /** Path of the SQLite file, or ':memory:'. */
  dbPath: string;
  /** Drop everything and seed again. */
  reset?: boolean;
}

export function openStore(options: StoreOptions): Database.Database {
  if (options.dbPath !== ':memory:') mkdirSync(path.dirname(path.resolve(options.dbPath)), { recursive: true });
  const db = new Database(options.dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const version = readVersion(db);
  // A store seeded with an empty program site is seeded again when a ready one is asked for, and the other way round.
  const siteChanged = version !== undefined && readMeta(db, 'programSite') !== programSiteKind(options);
  if (options.reset || (version !== undefined && version !== SCHEMA_VERSION) || siteChanged) dropAll(db);
  db.exec(SCHEMA);
  const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seededAt'").get() as { value: string } | undefined;
  if (!seeded) seedInTransaction(db, options);
  return db;
}

export function reseed(db: Database.Database, options: SeedOptions): void {
  dropAll(db);
  db.exec(SCHEMA);
  seedInTransaction(db, options);
}

/** All of the seed or none of it: a crash halfway leaves an empty store that seeds again. */
function seedInTransaction(db: Database.Database, options: SeedOptions): void {
  db.transaction(() => {
    seedDemoOrganisation(db, options);
    const set = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    set.run('schemaVersion', String(SCHEMA_VERSION));
    set.run('seededAt', String(options.now));
    set.run('mentors', String(options.mentors ?? ''));
    set.run('programSite', programSiteKind(options));
  })();
}

/** What the program site was seeded as: its lists' schema version, or empty. */
function programSiteKind(options: SeedOptions): string {
  return options.programSite && !options.emptySite ? `schema ${options.programSite.version}` : 'empty';
}

function readMeta(db: Database.Database, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

function readVersion(db: Database.Database): number | undefined {
  const hasMeta = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return undefined;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schemaVersion'").get() as { value: string } | undefined;
  return row ? Number(row.value) : undefined;
}

function dropAll(db: Database.Database): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  db.pragma('foreign_keys = OFF');
  for (const { name } of tables) db.exec(`DROP TABLE IF EXISTS "${name}"`);
  db.pragma('foreign_keys = ON');
}
