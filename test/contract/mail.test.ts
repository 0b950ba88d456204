// Contract: sendMail and the mailbox through the real Graph client. /me/messages lists every folder
// (Sent Items included), as Graph does; the inbox holds only received mail.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Message } from '@microsoft/microsoft-graph-types';
import { graphError, startTestEmulator, type TestEmulator } from './harness';

const NOW = Date.parse('2026-11-23T08:00:00Z');
const MENTEE = 'priya.natarajan@contoso.example';
const MENTOR = 'daniel.okafor@contoso.example';

let emu: TestEmulator;
let mentee: Client;
let mentor: Client;

beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
  mentee = await emu.client('mentee');
  mentor = await emu.client('mentor');
});
afterEach(async () => {
  await emu.close();
});


function request(subject: string, extra: Partial<Message> = {}): { message: Message; saveToSentItems?: boolean } {
  return {
    message: {
      subject,
      body: { contentType: 'html', content: '<p>Could you spare <b>30 minutes</b> on negotiation?</p>' },
      toRecipients: [{ emailAddress: { address: MENTOR, name: 'Daniel Okafor' } }],
      ...extra,
    },
  };
}

async function list(client: Client, path: string): Promise<Message[]> {
  return ((await client.api(path).get()) as { value: Message[] }).value;
}

describe('sendMail', () => {
  it('answers 202 and delivers to the mentor’s inbox; the sender keeps a Sent Items copy', async () => {
    const res = await emu.fetch('/v1.0/me/sendMail', { user: 'mentee', method: 'POST', body: JSON.stringify(request('Micromentor request: negotiation')) });
    expect(res.status).toBe(202);

    const received = await list(mentor, '/me/messages');
    expect(received).toHaveLength(1);
    const message = received[0]!;
    expect(message).toMatchObject({
      subject: 'Micromentor request: negotiation',
      body: { contentType: 'html', content: '<p>Could you spare <b>30 minutes</b> on negotiation?</p>' },
      bodyPreview: 'Could you spare 30 minutes on negotiation?',
      from: { emailAddress: { name: 'Priya Natarajan', address: MENTEE } },
      sender: { emailAddress: { name: 'Priya Natarajan', address: MENTEE } },
      toRecipients: [{ emailAddress: { name: 'Daniel Okafor', address: MENTOR } }],
      ccRecipients: [],
      isRead: false,
      receivedDateTime: '2026-11-23T08:00:00.000Z',
    });
    expect((await list(mentor, '/me/mailFolders/inbox/messages')).map((m) => m.id)).toEqual([message.id]);
    const one = (await mentor.api(`/me/messages/${message.id}`).get()) as Message;
    expect(one.subject).toBe(message.subject);

    expect(await list(mentee, '/me/mailFolders/inbox/messages')).toEqual([]);
    const sent = await list(mentee, '/me/mailFolders/sentitems/messages');
    expect(sent.map((m) => m.subject)).toEqual(['Micromentor request: negotiation']);
    expect((await list(mentee, '/me/messages')).map((m) => m.id)).toEqual([sent[0]!.id]);
  });

  it('works through the Graph client, accepts outside recipients and honours saveToSentItems: false', async () => {
    await mentee.api('/me/sendMail').post({
      ...request('Copy to an outside coach', { ccRecipients: [{ emailAddress: { address: 'coach@fabrikam.example' } }] }),
      saveToSentItems: false,
    });
    const [received] = await list(mentor, '/me/messages');
    expect(received?.ccRecipients).toEqual([{ emailAddress: { name: 'coach@fabrikam.example', address: 'coach@fabrikam.example' } }]);
    expect(await list(mentee, '/me/messages')).toEqual([]);
  });

  it('400s a message without recipients', async () => {
    const error = await graphError(mentee.api('/me/sendMail').post(request('Nobody', { toRecipients: [] })));
    expect(error).toMatchObject({ statusCode: 400, code: 'ErrorInvalidRecipients' });
  });

  it('sends only as the signed-in user', async () => {
    const mentorId = emu.emulator.personas().find((p) => p.role === 'mentor')!.id;
    expect((await graphError(mentee.api(`/users/${mentorId}/sendMail`).post(request('Spoofed')))).statusCode).toBe(403);
  });
});

describe('the mailbox', () => {
  beforeEach(async () => {
    for (const subject of ['Micromentor request: pricing', 'Lunch?', 'Micromentor request: hiring']) {
      await mentee.api('/me/sendMail').post(request(subject));
    }
  });

  it('lists newest first with $top, $select and paging', async () => {
    const page = (await mentor.api('/me/messages').top(2).select('subject,from').get()) as { value: Message[]; '@odata.nextLink'?: string };
    expect(page.value).toHaveLength(2);
    expect(Object.keys(page.value[0]!).sort()).toEqual(['@odata.etag', 'from', 'id', 'subject']);
    expect(page['@odata.nextLink']).toBeDefined();
    const rest = (await mentor.api(page['@odata.nextLink']!.replace(emu.graphUrl, '')).get()) as { value: Message[] };
    expect([...page.value, ...rest.value].map((m) => m.subject)).toEqual(['Micromentor request: hiring', 'Lunch?', 'Micromentor request: pricing']);
  });

  it('filters on subject with eq and startswith', async () => {
    const exact = await list(mentor, "/me/messages?$filter=subject eq 'Lunch?'");
    expect(exact.map((m) => m.subject)).toEqual(['Lunch?']);
    const prefixed = (await mentor.api('/me/messages').filter("startswith(subject,'Micromentor request')").get()) as { value: Message[] };
    expect(prefixed.value).toHaveLength(2);
  });

  it('is private: other users’ mailboxes and messages are closed', async () => {
    const [theirs] = await list(mentor, '/me/messages');
    expect((await graphError(mentee.api(`/me/messages/${theirs!.id}`).get())).statusCode).toBe(404);
    const mentorId = emu.emulator.personas().find((p) => p.role === 'mentor')!.id;
    expect(await graphError(mentee.api(`/users/${mentorId}/messages`).get())).toMatchObject({ statusCode: 403, code: 'ErrorAccessDenied' });
  });

  it('401s without a token', async () => {
    const res = await emu.fetch('/v1.0/me/messages');
    expect(res.status).toBe(401);
  });
});
