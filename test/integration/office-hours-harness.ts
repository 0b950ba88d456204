// Office hours ports signed in to the emulator as anyone in the demo organisation, built the way
// the tab builds them; and the emulator's SignupClaims and events as a user would find them.
import type { User } from '@microsoft/microsoft-graph-types';
import { createOfficeHoursPort } from '../../src/hosts/tab/office-hours-effects';
import type { OfficeHoursPort } from '../../src/ui/common/office-hours-ports';
import type { Viewer } from '../../src/ui/common/tab-ports';
import type { TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs, noWait } from './gateway-harness';

export interface Person {
  id: string;
  upn: string;
  displayName: string;
}

/** People of the demo organisation who are not the demo mentor, in directory order. */
export async function demoPeople(emu: TestEmulator, count: number, except: string[] = []): Promise<Person[]> {
  const res = await emu.fetch('/v1.0/users?$top=500&$select=id,userPrincipalName,displayName', { user: 'manager' });
  const users = ((await res.json()) as { value: User[] }).value;
  return users
    .filter((u) => !except.includes(u.id!))
    .slice(0, count)
    .map((u) => ({ id: u.id!, upn: u.userPrincipalName!, displayName: u.displayName! }));
}

export function officeHoursAs(emu: TestEmulator, person: Person, now: () => number, roles: Partial<Pick<Viewer, 'isMentor' | 'isProgramManager' | 'zone'>> = {}): OfficeHoursPort {
  const graph = connectAs(emu, person.upn);
  const viewer: Viewer = {
    id: person.id,
    displayName: person.displayName,
    email: person.upn.toLowerCase(),
    zone: roles.zone ?? 'Europe/London',
    locale: 'en-GB',
    isMentor: roles.isMentor ?? false,
    isProgramManager: roles.isProgramManager ?? false,
  };
  return createOfficeHoursPort(
    { graph, site: PROGRAM_SITE, mentors: { siteId: PROGRAM_SITE.siteId, list: 'Mentors' }, viewer, now, wait: noWait },
    { sheetsList: 'SignupSheets', claimsList: 'SignupClaims' },
  );
}

export async function listItems(emu: TestEmulator, list: string): Promise<Record<string, unknown>[]> {
  const res = await emu.fetch(`/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/${list}/items?$expand=fields&$top=5000`, { user: 'manager' });
  return ((await res.json()) as { value: { id: string; fields: Record<string, unknown> }[] }).value.map((i) => ({ id: i.id, ...i.fields }));
}

/** Events in a person's calendar that start at `start` (the meetings a claim booked). */
export async function eventsAt(emu: TestEmulator, user: string, start: number): Promise<{ id: string; subject: string; isCancelled?: boolean; attendees: { emailAddress: { address: string } }[] }[]> {
  const from = new Date(start - 60_000).toISOString();
  const to = new Date(start + 60_000).toISOString();
  const res = await emu.fetch(`/v1.0/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=100`, { user });
  const body = (await res.json()) as { value: { id: string; subject: string; isCancelled?: boolean; start: { dateTime: string }; attendees: { emailAddress: { address: string } }[] }[] };
  return body.value.filter((e) => Date.parse(`${e.start.dateTime}Z`) === start);
}

/** Mail in a person's mailbox (subjects and bodies). */
export async function inbox(emu: TestEmulator, user: string): Promise<{ subject: string; body: { content: string } }[]> {
  const res = await emu.fetch('/v1.0/me/messages?$top=100', { user });
  return ((await res.json()) as { value: { subject: string; body: { content: string } }[] }).value;
}
