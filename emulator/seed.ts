// The deterministic demo organisation. (Being filled in: people, mentors, calendars.)
import type { Database } from 'better-sqlite3';

export interface SeedOptions {
  /** The seed's "today" (epoch ms): calendars are laid over the 4 weeks after it. */
  now: number;
  /** How many mentors (default: the standard demo organisation). */
  mentors?: number;
}

export const PERSONAS = [
  { role: 'mentee', id: '1a0f6a52-3c1d-4e7b-9b0a-5f2e8c7d6a01', displayName: 'Priya Natarajan', upn: 'priya.natarajan@contoso.example' },
  { role: 'mentor', id: '2b1e7b63-4d2e-4f8c-8c1b-6a3f9d8e7b02', displayName: 'Daniel Okafor', upn: 'daniel.okafor@contoso.example' },
  { role: 'manager', id: '3c2f8c74-5e3f-4a9d-9d2c-7b4a0e9f8c03', displayName: 'Sofia Lindqvist', upn: 'sofia.lindqvist@contoso.example' },
] as const;

export function seedDemoOrganisation(db: Database, _options: SeedOptions): void {
  const insert = db.prepare(
    `INSERT INTO users (id, upn, display_name, mail, time_zone, work_days, work_start, work_end, persona)
     VALUES (@id, @upn, @displayName, @upn, 'Europe/London', '["monday","tuesday","wednesday","thursday","friday"]', '09:00:00', '17:00:00', @role)`,
  );
  for (const p of PERSONAS) insert.run(p);
}
