// The people of the demo organisation: a CEO, department heads, team leads and their teams, spread
// over offices in nine time zones, with the three personas in fixed places. With `mentors` above what
// the standard organisation holds, extra mentors (and mentees to go with them) join its teams.
import type { Prng } from './prng';

export type Seniority = 'junior' | 'mid' | 'senior' | 'principal' | 'executive';

export interface Person {
  id: string;
  upn: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  seniority: Seniority;
  managerId: string | null;
  timeZone: string;
  workDays: string[];
  workStart: string;
  workEnd: string;
  persona: 'mentee' | 'mentor' | 'manager' | null;
  isMentor: boolean;
  /** People of the standard organisation; extras added for large `mentors` counts are false. */
  core: boolean;
}

export const DOMAIN = 'contoso.example';

export interface Office {
  city: string;
  timeZone: string;
  workStart: string;
  workEnd: string;
}

// Nine offices: a half-hour zone (Kolkata), northern and southern daylight saving, and zones without.
export const OFFICES: readonly Office[] = [
  { city: 'London', timeZone: 'Europe/London', workStart: '09:00:00', workEnd: '17:30:00' },
  { city: 'New York', timeZone: 'America/New_York', workStart: '09:00:00', workEnd: '17:00:00' },
  { city: 'Bengaluru', timeZone: 'Asia/Kolkata', workStart: '09:30:00', workEnd: '18:00:00' },
  { city: 'Sydney', timeZone: 'Australia/Sydney', workStart: '08:30:00', workEnd: '17:00:00' },
  { city: 'Stockholm', timeZone: 'Europe/Stockholm', workStart: '08:30:00', workEnd: '17:00:00' },
  { city: 'Seattle', timeZone: 'America/Los_Angeles', workStart: '08:00:00', workEnd: '16:30:00' },
  { city: 'Berlin', timeZone: 'Europe/Berlin', workStart: '09:00:00', workEnd: '17:00:00' },
  { city: 'Singapore', timeZone: 'Asia/Singapore', workStart: '09:00:00', workEnd: '18:00:00' },
  { city: 'Lagos', timeZone: 'Africa/Lagos', workStart: '08:00:00', workEnd: '16:30:00' },
];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const FOUR_DAY_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday'];

export const DEPARTMENTS = ['Engineering', 'Product & Design', 'Marketing', 'Sales', 'Finance', 'People & Culture', 'Operations'] as const;

const TITLES: Record<(typeof DEPARTMENTS)[number], Record<Exclude<Seniority, 'executive'>, string> & { head: string }> = {
  Engineering: { junior: 'Software Engineer I', mid: 'Software Engineer II', senior: 'Senior Software Engineer', principal: 'Principal Engineer', head: 'VP of Engineering' },
  'Product & Design': { junior: 'Associate Product Designer', mid: 'Product Designer', senior: 'Senior Product Designer', principal: 'Principal Product Manager', head: 'Chief Product Officer' },
  Marketing: { junior: 'Marketing Coordinator', mid: 'Marketing Analyst', senior: 'Senior Content Strategist', principal: 'Principal Brand Manager', head: 'Chief Marketing Officer' },
  Sales: { junior: 'Sales Development Representative', mid: 'Account Executive', senior: 'Senior Account Executive', principal: 'Principal Solutions Consultant', head: 'VP of Sales' },
  Finance: { junior: 'Financial Analyst I', mid: 'Financial Analyst', senior: 'Senior Finance Business Partner', principal: 'Principal Controller', head: 'Chief Financial Officer' },
  'People & Culture': { junior: 'People Coordinator', mid: 'People Partner', senior: 'Senior Talent Partner', principal: 'Principal Learning Program Manager', head: 'Chief People Officer' },
  Operations: { junior: 'Operations Associate', mid: 'Operations Analyst', senior: 'Senior Program Manager', principal: 'Principal Operations Manager', head: 'VP of Operations' },
};

const GIVEN = [
  'Amara', 'Hiroshi', 'Lucía', 'Mei', 'Oliver', 'Aisha', 'Mateo', 'Freya', 'Kwame', 'Ingrid', 'Arjun', 'Chloé', 'Tomasz', 'Nia', 'Rafael',
  'Sakura', 'Liam', 'Zainab', 'Elena', 'Jamal', 'Ananya', 'Marcus', 'Yara', 'Pedro', 'Hannah', 'Chen', 'Fatima', 'Erik', 'Leilani', 'Omar',
  'Greta', 'Ravi', 'Isabel', 'Kofi', 'Maya', 'Noah', 'Sunita', 'Diego', 'Astrid', 'Wei', 'Aroha', 'Samuel', 'Imani', 'Lars', 'Priyanka',
  'Felipe', 'Noor', 'Jonas', 'Adaeze', 'Tariq', 'Saoirse', 'Kenji', 'Valentina', 'Obinna', 'Linnea', 'Rohan', 'Beatriz', 'Ethan', 'Thandiwe', 'Anh',
];
const SURNAMES = [
  'Mensah', 'Tanaka', 'García', 'Wang', 'Hughes', 'Bello', 'Fernández', 'Johansson', 'Asante', 'Berg', 'Sharma', 'Dubois', 'Kowalski', 'Adeyemi',
  'Costa', 'Sato', 'Murphy', 'Hassan', 'Popescu', 'Carter', 'Iyer', 'Schneider', 'Haddad', 'Silva', 'Becker', 'Liu', 'Rahman', 'Nilsson',
  'Kahale', 'Farouk', 'Lindgren', 'Menon', 'Moreno', 'Owusu', 'Patel', 'Walker', 'Reddy', 'Alvarez', 'Holm', 'Zhang', 'Ngata', 'Brooks',
  'Mwangi', 'Eriksson', 'Kapoor', 'Rocha', 'Aziz', 'Fischer', 'Eze', 'Qureshi', "O'Sullivan", 'Watanabe', 'Romano', 'Nwosu', 'Strand', 'Pillai',
  'Santos', 'Bennett', 'Dlamini', 'Nguyen',
];

export const PERSONA_PEOPLE = {
  mentee: { id: '1a0f6a52-3c1d-4e7b-9b0a-5f2e8c7d6a01', givenName: 'Priya', surname: 'Natarajan', upn: 'priya.natarajan@contoso.example' },
  mentor: { id: '2b1e7b63-4d2e-4f8c-8c1b-6a3f9d8e7b02', givenName: 'Daniel', surname: 'Okafor', upn: 'daniel.okafor@contoso.example' },
  manager: { id: '3c2f8c74-5e3f-4a9d-9d2c-7b4a0e9f8c03', givenName: 'Sofia', surname: 'Lindqvist', upn: 'sofia.lindqvist@contoso.example' },
} as const;

/** Mentors in the standard organisation. */
export const DEFAULT_MENTORS = 28;
const TEAM_LEADS_PER_DEPARTMENT = 2;
const MEMBERS_PER_TEAM = 3;

export function buildPeople(rng: Prng, mentors: number = DEFAULT_MENTORS): Person[] {
  const people: Person[] = [];
  const usedNames = new Set<string>([...Object.values(PERSONA_PEOPLE)].map((p) => `${p.givenName} ${p.surname}`));
  const usedUpns = new Set<string>(Object.values(PERSONA_PEOPLE).map((p) => p.upn));
  let officeTurn = 0;

  const add = (input: { seniority: Seniority; department: string; jobTitle: string; managerId: string | null; office?: Office; core: boolean; unique: boolean }): Person => {
    let given = rng.pick(GIVEN);
    let surname = rng.pick(SURNAMES);
    for (let tries = 0; input.unique && usedNames.has(`${given} ${surname}`) && tries < 50; tries++) {
      given = rng.pick(GIVEN);
      surname = rng.pick(SURNAMES);
    }
    usedNames.add(`${given} ${surname}`);
    const base = `${asciiLower(given)}.${asciiLower(surname)}`;
    let upn = `${base}@${DOMAIN}`;
    for (let n = 2; usedUpns.has(upn); n++) upn = `${base}${n}@${DOMAIN}`;
    usedUpns.add(upn);
    // Round-robin over the offices so every zone is populated, whatever the size.
    const office = input.office ?? OFFICES[officeTurn++ % OFFICES.length]!;
    const person: Person = {
      id: rng.guid(),
      upn,
      displayName: `${given} ${surname}`,
      givenName: given,
      surname,
      jobTitle: input.jobTitle,
      department: input.department,
      officeLocation: office.city,
      seniority: input.seniority,
      managerId: input.managerId,
      timeZone: office.timeZone,
      workDays: rng.chance(0.08) ? FOUR_DAY_WEEK : WEEKDAYS,
      workStart: office.workStart,
      workEnd: office.workEnd,
      persona: null,
      isMentor: false,
      core: input.core,
    };
    people.push(person);
    return person;
  };

  const ceo = add({ seniority: 'executive', department: 'Executive Office', jobTitle: 'Chief Executive Officer', managerId: null, office: OFFICES[0], core: true, unique: true });
  const leadsByDepartment = new Map<string, Person[]>();
  for (const department of DEPARTMENTS) {
    const titles = TITLES[department];
    const head = add({ seniority: 'executive', department, jobTitle: titles.head, managerId: ceo.id, core: true, unique: true });
    const leads: Person[] = [];
    for (let t = 0; t < TEAM_LEADS_PER_DEPARTMENT; t++) {
      const seniority: Seniority = t === 0 ? 'principal' : 'senior';
      leads.push(add({ seniority, department, jobTitle: titles[seniority], managerId: head.id, core: true, unique: true }));
    }
    leadsByDepartment.set(department, leads);
    for (const lead of leads) {
      for (let m = 0; m < MEMBERS_PER_TEAM; m++) {
        const seniority = rng.pick(['junior', 'mid', 'mid', 'senior'] as const);
        add({ seniority, department, jobTitle: titles[seniority], managerId: lead.id, core: true, unique: true });
      }
    }
  }

  // The personas sit in fixed teams: Priya and Daniel in London, Sofia in Stockholm.
  const persona = (role: keyof typeof PERSONA_PEOPLE, department: (typeof DEPARTMENTS)[number], seniority: Exclude<Seniority, 'executive'>, office: Office, jobTitle: string) => {
    const fixed = PERSONA_PEOPLE[role];
    const lead = leadsByDepartment.get(department)![1]!;
    people.push({
      id: fixed.id,
      upn: fixed.upn,
      displayName: `${fixed.givenName} ${fixed.surname}`,
      givenName: fixed.givenName,
      surname: fixed.surname,
      jobTitle,
      department,
      officeLocation: office.city,
      seniority,
      managerId: role === 'manager' ? people.find((p) => p.department === department && p.seniority === 'executive')!.id : lead.id,
      timeZone: office.timeZone,
      workDays: WEEKDAYS,
      workStart: office.workStart,
      workEnd: office.workEnd,
      persona: role,
      isMentor: role === 'mentor',
      core: true,
    });
  };
  persona('mentee', 'Marketing', 'mid', OFFICES[0]!, 'Marketing Analyst');
  persona('mentor', 'Product & Design', 'senior', OFFICES[0]!, 'Senior Product Designer');
  persona('manager', 'People & Culture', 'principal', OFFICES[4]!, 'Learning Program Manager');

  // Mentors: Daniel first, then the most experienced of the rest in a seeded order.
  const rank: Record<Seniority, number> = { executive: 3, principal: 4, senior: 5, mid: 2, junior: 1 };
  const candidates = people
    .filter((p) => p.persona === null && p.jobTitle !== 'Chief Executive Officer')
    .map((p) => ({ p, key: rank[p.seniority] + rng.next() * 3 }))
    .sort((a, b) => b.key - a.key)
    .map((c) => c.p);
  const daniel = people.find((p) => p.persona === 'mentor')!;
  let chosen = 1;
  for (const p of candidates) {
    if (chosen >= mentors) break;
    p.isMentor = true;
    chosen++;
  }

  // A large programme: the remaining mentors join existing teams, with one mentee for every four.
  const extraMentors = mentors - chosen;
  if (extraMentors > 0) {
    const leads = [...leadsByDepartment.values()].flat();
    const extraMentees = Math.ceil(mentors / 4);
    for (let i = 0; i < extraMentors + extraMentees; i++) {
      const lead = leads[i % leads.length]!;
      const isMentor = i < extraMentors;
      const seniority = isMentor ? rng.pick(['mid', 'senior', 'senior', 'principal'] as const) : rng.pick(['junior', 'mid'] as const);
      const department = lead.department as (typeof DEPARTMENTS)[number];
      const person = add({ seniority, department, jobTitle: TITLES[department][seniority], managerId: lead.id, core: false, unique: false });
      person.isMentor = isMentor;
    }
  }
  daniel.isMentor = true;
  return people;
}

function asciiLower(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
