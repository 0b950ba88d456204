// The demo people the workbench signs in as, read from the Graph emulator so there is one list.
export type PersonaRole = 'mentee' | 'mentor' | 'manager';

export interface Persona {
  /** One of the three personas, or 'person': anyone else of the demo organisation (workbench/src/people.ts). */
  role: PersonaRole | 'person';
  id: string;
  displayName: string;
  userPrincipalName: string;
  department?: string;
}

/** Whether a `?persona=` value names one of the three personas (else a userPrincipalName or id). */
export function isPersonaRole(value: string): value is PersonaRole {
  return value === 'mentee' || value === 'mentor' || value === 'manager';
}

export interface DemoDirectory {
  personas: Persona[];
  tenantId: string;
  /** The seeded session meeting the side panel runs in. */
  demoMeeting: { chatId: string; joinUrl: string };
}

export const ROLE_LABELS: Record<PersonaRole, string> = { mentee: 'Mentee', mentor: 'Mentor', manager: 'Program manager' };

export async function loadDemoDirectory(origin: string): Promise<DemoDirectory> {
  let res: Response;
  try {
    res = await fetch(`${origin}/_emulator/personas`);
  } catch {
    throw new Error('The local Graph emulator did not answer. Restart the workbench with npm start.');
  }
  if (!res.ok) throw new Error(`The local Graph emulator answered ${res.status} for its demo people. Restart with npm start -- --reset.`);
  const body = (await res.json()) as { value: Persona[]; tenantId: string; demoMeeting: DemoDirectory['demoMeeting'] };
  if (body.value.length === 0) throw new Error('The local Graph emulator has no demo people. Restart with npm start -- --reset.');
  return { personas: body.value, tenantId: body.tenantId, demoMeeting: body.demoMeeting };
}

export function personaByRole(personas: readonly Persona[], role: string): Persona {
  return personas.find((p) => p.role === role) ?? (personas[0] as Persona);
}
