import type { ComposeRequest } from '../../src/domain/outlook-port';
import { ComposeStore, parseRecipients, type ComposeGraph } from './compose-store';

const NOW = Date.UTC(2026, 11, 1, 9, 10);

function fakeGraph() {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const graph: ComposeGraph = {
    call: async <T>(method: string, path: string, body?: unknown) => {
      calls.push({ method, path, body });
      const content = (body as { body?: { content?: string } } | undefined)?.body?.content ?? '';
      return { id: 'event-1', body: { content: `<html><body>${content}<p>join</p></body></html>` }, onlineMeeting: { joinUrl: 'https://teams/join' } } as T;
    },
  };
  return { graph, calls };
}

let nextId = 1;
const ask = (store: ComposeStore, method: ComposeRequest['method'], ...args: unknown[]) => store.answer({ type: 'compose-request', id: nextId++, method, args });

describe('ComposeStore', () => {
  it('proposes the next half hour for a new meeting', () => {
    const { fields } = new ComposeStore('appointment', fakeGraph().graph, NOW, 't').getSnapshot();
    expect([fields.start, fields.end]).toEqual([Date.UTC(2026, 11, 1, 9, 30), Date.UTC(2026, 11, 1, 10, 0)]);
  });

  it('fills the form from port requests, keeps the body, and adds a person once', async () => {
    const store = new ComposeStore('appointment', fakeGraph().graph, NOW, 't');
    store.edit({ body: '<p>mine</p>' });
    await ask(store, 'addRecipient', { displayName: 'Daniel Okafor', email: 'daniel@contoso.test' });
    await ask(store, 'addRecipient', { displayName: 'Daniel', email: 'DANIEL@contoso.test' });
    await ask(store, 'setSubject', 'Micro-mentoring: SQL');
    await ask(store, 'setTimes', 1000, 2000);
    await ask(store, 'prependToBody', '<p>agenda</p>');
    const { fields } = store.getSnapshot();
    expect(fields).toMatchObject({ to: 'Daniel Okafor <daniel@contoso.test>', subject: 'Micro-mentoring: SQL', start: 1000, end: 2000, body: '<p>agenda</p><p>mine</p>' });
    await expect(ask(store, 'getBody')).resolves.toMatchObject({ ok: true, value: '<p>agenda</p><p>mine</p>' });
    await expect(ask(store, 'isOnlineMeeting')).resolves.toMatchObject({ ok: true, value: false });
    await ask(store, 'setBody', '<p>agenda 2</p><p>mine</p>');
    expect(store.getSnapshot().fields.body).toBe('<p>agenda 2</p><p>mine</p>');
    await expect(ask(store, 'setBody', 'x'.repeat(1_000_001))).resolves.toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('answers errors as ComposeError codes', async () => {
    const message = new ComposeStore('message', fakeGraph().graph, NOW, 't');
    await expect(ask(message, 'setTimes', 1, 2)).resolves.toMatchObject({ ok: false, error: { code: 'wrong-item' } });
    await expect(ask(message, 'saveAndGetItemId')).resolves.toMatchObject({ ok: false, error: { code: 'unsupported' } });
    await expect(ask(message, 'prependToBody', 'x'.repeat(1_000_001))).resolves.toMatchObject({ ok: false, error: { code: 'too-large' } });
    await expect(ask(message, 'addRecipient', { displayName: 'x', email: 'not an address' })).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('saves a meeting once with a transactionId, then Send updates that event and shows Sent', async () => {
    const { graph, calls } = fakeGraph();
    const store = new ComposeStore('appointment', graph, NOW, 'tx-1');
    await ask(store, 'addRecipient', { displayName: 'Daniel', email: 'daniel@contoso.test' });
    store.edit({ online: true, body: '<p>b</p>' });
    await expect(ask(store, 'saveAndGetItemId')).resolves.toMatchObject({ ok: true, value: 'event-1' });
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/me/events', body: { transactionId: 'tx-1', isOnlineMeeting: true, attendees: [{ emailAddress: { address: 'daniel@contoso.test' }, type: 'required' }] } });
    expect(store.getSnapshot().fields.body).toBe('<p>b</p><p>join</p>');
    await store.send();
    expect(calls[1]).toMatchObject({ method: 'PATCH', path: '/me/events/event-1' });
    expect(store.getSnapshot().status).toEqual({ phase: 'sent' });
    await expect(ask(store, 'setSubject', 'late')).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('sends a message with sendMail, the body inserted at the cursor', async () => {
    const { graph, calls } = fakeGraph();
    const store = new ComposeStore('message', graph, NOW, 't');
    store.edit({ body: '<p>Hi</p><p>Thanks</p>' });
    store.setCursor('<p>Hi</p>'.length);
    await ask(store, 'insertAtCursor', '<p>request</p>');
    await ask(store, 'addRecipient', { displayName: 'Daniel', email: 'daniel@contoso.test' });
    await store.send();
    expect(calls).toEqual([
      {
        method: 'POST',
        path: '/me/sendMail',
        body: { message: { subject: '', body: { contentType: 'HTML', content: '<p>Hi</p><p>request</p><p>Thanks</p>' }, toRecipients: [{ emailAddress: { address: 'daniel@contoso.test', name: 'Daniel' } }] }, saveToSentItems: true },
      },
    ]);
    expect(store.getSnapshot().status).toEqual({ phase: 'sent' });
  });

  it('shows a problem at its field instead of sending', async () => {
    const { graph, calls } = fakeGraph();
    const store = new ComposeStore('message', graph, NOW, 't');
    store.edit({ to: 'nobody' });
    await store.send();
    expect(store.getSnapshot().status).toMatchObject({ phase: 'failed', field: 'to', message: 'Not an email address: nobody.' });
    expect(calls).toEqual([]);
  });

  it('reads "Name <address>" and bare addresses', () => {
    expect(parseRecipients('Daniel Okafor <d@c.test>; e@c.test;')).toEqual({ recipients: [{ displayName: 'Daniel Okafor', email: 'd@c.test' }, { displayName: 'e@c.test', email: 'e@c.test' }], invalid: [] });
  });
});
