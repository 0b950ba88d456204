// Users, manager and photo, through the real Graph client against the emulator.
import { ResponseType, type GraphError } from '@microsoft/microsoft-graph-client';
import type { ProfilePhoto, User } from '@microsoft/microsoft-graph-types';
import { PERSONAS } from '../../emulator/seed';
import { startTestEmulator, type TestEmulator } from './harness';

type Page<T> = { '@odata.context': string; '@odata.nextLink'?: string; value: T[] };

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator({ clock: () => Date.UTC(2026, 10, 23, 8) });
});
afterAll(() => emu.close());

const graphError = async (promise: Promise<unknown>): Promise<GraphError> => {
  try {
    await promise;
  } catch (error) {
    return error as GraphError;
  }
  throw new Error('expected the request to fail');
};

describe('GET /me and /users/{id | upn}', () => {
  it('returns the signed-in user in Graph shape', async () => {
    const client = await emu.client('mentee');
    const me = (await client.api('/me').get()) as User & { '@odata.context': string };
    expect(me).toMatchObject({
      id: PERSONAS[0].id,
      displayName: 'Priya Natarajan',
      givenName: 'Priya',
      surname: 'Natarajan',
      mail: 'priya.natarajan@contoso.example',
      userPrincipalName: 'priya.natarajan@contoso.example',
      jobTitle: expect.any(String),
      department: 'Marketing',
      officeLocation: 'London',
      businessPhones: [],
      mobilePhone: null,
      preferredLanguage: 'en-GB',
    });
    expect(me['@odata.context']).toBe(`${emu.graphUrl}/$metadata#users/$entity`);
  });

  it('finds a user by id and by userPrincipalName in any case, with $select', async () => {
    const client = await emu.client('mentee');
    const byId = (await client.api(`/users/${PERSONAS[1].id}`).get()) as User;
    const byUpn = (await client.api('/users/Daniel.Okafor@CONTOSO.example').select(['displayName', 'jobTitle']).get()) as User;
    expect(byId.displayName).toBe('Daniel Okafor');
    expect(byUpn).toEqual({ '@odata.context': `${emu.graphUrl}/$metadata#users(displayName,jobTitle)/$entity`, id: PERSONAS[1].id, displayName: 'Daniel Okafor', jobTitle: byId.jobTitle });
  });

  it('answers 404 Request_ResourceNotFound for an unknown user', async () => {
    const client = await emu.client('mentee');
    const error = await graphError(client.api('/users/nobody@contoso.example').get());
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('Request_ResourceNotFound');
    expect(error.message).toBe("Resource 'nobody@contoso.example' does not exist or one of its queried reference-property objects are not present.");
  });

  it('answers 400 for a $select of an unknown property', async () => {
    const client = await emu.client('mentee');
    const error = await graphError(client.api('/me').select('shoeSize').get());
    expect(error.statusCode).toBe(400);
  });

  it('answers 401 without a token', async () => {
    const res = await emu.fetch('/v1.0/me');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
  });
});

describe('GET /users', () => {
  it('pages through every user with @odata.nextLink', async () => {
    const client = await emu.client('manager');
    const seen: User[] = [];
    let response = (await client.api('/users').top(25).get()) as Page<User>;
    expect(response['@odata.context']).toBe(`${emu.graphUrl}/$metadata#users`);
    let pages = 1;
    seen.push(...response.value);
    while (response['@odata.nextLink']) {
      // The Graph client takes absolute URLs only for https Graph hosts; the emulator is http, so
      // follow the link by its path, as a client with a custom host would.
      expect(response['@odata.nextLink'].startsWith(`${emu.graphUrl}/users?`)).toBe(true);
      response = (await client.api(response['@odata.nextLink'].slice(emu.graphUrl.length)).get()) as Page<User>;
      seen.push(...response.value);
      pages++;
    }
    expect(pages).toBe(Math.ceil(seen.length / 25));
    expect(seen.length).toBeGreaterThanOrEqual(60);
    expect(new Set(seen.map((u) => u.id)).size).toBe(seen.length);
    expect(seen.map((u) => u.userPrincipalName)).toEqual(expect.arrayContaining(PERSONAS.map((p) => p.upn)));
  });

  it('filters with startswith and eq, and selects properties', async () => {
    const client = await emu.client('mentee');
    const pri = (await client.api('/users').filter("startswith(displayName,'pri')").select(['id', 'displayName']).get()) as Page<User>;
    expect(pri.value.length).toBeGreaterThanOrEqual(1);
    for (const u of pri.value) {
      expect(u.displayName!.toLowerCase().startsWith('pri')).toBe(true);
      expect(Object.keys(u).sort()).toEqual(['displayName', 'id']);
    }
    const marketing = (await client.api('/users').filter("department eq 'Marketing' and startswith(userPrincipalName,'priya')").get()) as Page<User>;
    expect(marketing.value.map((u) => u.id)).toEqual([PERSONAS[0].id]);
  });

  it('rejects filters the directory cannot answer', async () => {
    const client = await emu.client('mentee');
    expect((await graphError(client.api('/users').filter("endswith(mail,'contoso.example')").get())).statusCode).toBe(400);
    expect((await graphError(client.api('/users').filter("shoeSize eq '42'").get())).statusCode).toBe(400);
    expect((await graphError(client.api('/users').top(1000).get())).statusCode).toBe(400);
  });
});

describe('GET /users/{id}/manager', () => {
  it("returns the mentee's manager as a directory object", async () => {
    const client = await emu.client('mentee');
    const manager = (await client.api('/me/manager').get()) as User & { '@odata.type': string };
    expect(manager['@odata.type']).toBe('#microsoft.graph.user');
    expect(manager.department).toBe('Marketing');
    const managersManager = (await client.api(`/users/${manager.id}/manager`).get()) as User;
    expect(managersManager.jobTitle).toBe('Chief Marketing Officer');
  });

  it('answers 404 for the top of the organisation', async () => {
    const client = await emu.client('mentee');
    const ceo = ((await client.api('/users').filter("jobTitle eq 'Chief Executive Officer'").get()) as Page<User>).value[0]!;
    const error = await graphError(client.api(`/users/${ceo.id}/manager`).get());
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('Request_ResourceNotFound');
  });
});

describe('profile photos', () => {
  it('serves metadata and a PNG of the initials', async () => {
    const client = await emu.client('mentee');
    const meta = (await client.api(`/users/${PERSONAS[1].id}/photo`).get()) as ProfilePhoto & { '@odata.mediaContentType': string };
    expect(meta).toMatchObject({ '@odata.mediaContentType': 'image/png', id: '96X96', height: 96, width: 96 });
    const bytes = Buffer.from((await client.api('/me/photo/$value').responseType(ResponseType.ARRAYBUFFER).get()) as ArrayBuffer);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBe(96); // IHDR width
    const raw = await emu.fetch('/v1.0/me/photo/$value', { user: 'mentee' });
    expect(raw.headers.get('content-type')).toBe('image/png');
  });

  it('answers 404 for the photo of an unknown user', async () => {
    const res = await emu.fetch('/v1.0/users/nobody@contoso.example/photo/$value', { user: 'mentee' });
    expect(res.status).toBe(404);
  });
});

describe('GET /me/mailboxSettings', () => {
  it('gives the Outlook zone as a Windows name and the language as Outlook names it', async () => {
    const client = await emu.client('mentee');
    const settings = (await client.api('/me/mailboxSettings').get()) as { timeZone: string; language: { locale: string; displayName: string }; workingHours: { timeZone: { name: string } } };
    expect(settings.timeZone).toMatch(/Standard Time$/);
    expect(settings.workingHours.timeZone.name).toBe(settings.timeZone);
    expect(settings.language.displayName).toMatch(/^English \(.+\)$/);
  });

  it('answers only the properties of a $select, as the gateway asks', async () => {
    const client = await emu.client('mentee');
    const settings = (await client.api('/me/mailboxSettings').select('timeZone,language').get()) as Record<string, unknown>;
    expect(Object.keys(settings).sort()).toEqual(['@odata.context', 'language', 'timeZone']);
    expect(settings['@odata.context']).toMatch(/\/mailboxSettings\(timeZone,language\)$/);
  });

  it('answers 400 for a $select of an unknown property', async () => {
    const client = await emu.client('mentee');
    const error = await graphError(client.api('/me/mailboxSettings').select('shoeSize').get());
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain("'shoeSize'");
  });
});
