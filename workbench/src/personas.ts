// The three demo people the workbench can sign in as. The Graph emulator seeds the same people.
export type PersonaRole = 'mentee' | 'mentor' | 'manager';

export interface Persona {
  role: PersonaRole;
  label: string;
  id: string;
  displayName: string;
  userPrincipalName: string;
}

export const TENANT_ID = '6d3a5c1e-8f0b-4c52-9a1e-2b7d4e8f0c11';

export const PERSONAS: readonly Persona[] = [
  {
    role: 'mentee',
    label: 'Mentee',
    id: '1a0f6a52-3c1d-4e7b-9b0a-5f2e8c7d6a01',
    displayName: 'Priya Natarajan',
    userPrincipalName: 'priya.natarajan@contoso.example',
  },
  {
    role: 'mentor',
    label: 'Mentor',
    id: '2b1e7b63-4d2e-4f8c-8c1b-6a3f9d8e7b02',
    displayName: 'Daniel Okafor',
    userPrincipalName: 'daniel.okafor@contoso.example',
  },
  {
    role: 'manager',
    label: 'Program manager',
    id: '3c2f8c74-5e3f-4a9d-9d2c-7b4a0e9f8c03',
    displayName: 'Sofia Lindqvist',
    userPrincipalName: 'sofia.lindqvist@contoso.example',
  },
];

export function personaByRole(role: string): Persona {
  return PERSONAS.find((p) => p.role === role) ?? (PERSONAS[0] as Persona);
}
