import type { ComposeAnswer, ComposeRequest } from '../../domain/outlook-port';
import { WorkbenchComposeItem } from './workbench-compose-item';

/** A workbench stand-in: answers each request with `answer(request)`, asynchronously as a port does. */
function connected(answer: (request: ComposeRequest) => Omit<ComposeAnswer, 'type' | 'id'> | undefined, timeoutMs?: number) {
  const sent: ComposeRequest[] = [];
  const item: WorkbenchComposeItem = new WorkbenchComposeItem(
    'appointment',
    (request) => {
      sent.push(request);
      const reply = answer(request);
      if (reply) queueMicrotask(() => item.receive({ type: 'compose-answer', id: request.id, ...reply } as ComposeAnswer));
    },
    timeoutMs,
  );
  return { item, sent };
}

describe('WorkbenchComposeItem', () => {
  it('sends each method with its arguments and an id, and resolves with the answer', async () => {
    const { item, sent } = connected((request) => {
      if (request.method === 'getBody') return { ok: true, value: '<p>kept</p>' };
      if (request.method === 'isOnlineMeeting') return { ok: true, value: true };
      if (request.method === 'saveAndGetItemId') return { ok: true, value: 'AAMk-1' };
      return { ok: true };
    });
    await item.setSubject('Micro-mentoring: SQL');
    await item.addRecipient({ displayName: 'Daniel', email: 'daniel@example.com' });
    await item.setTimes(1000, 2000);
    await item.prependToBody('<p>agenda</p>');
    await item.insertAtCursor('<p>at cursor</p>');
    await expect(item.getBody()).resolves.toBe('<p>kept</p>');
    await expect(item.isOnlineMeeting()).resolves.toBe(true);
    await expect(item.saveAndGetItemId()).resolves.toBe('AAMk-1');
    expect(sent.map((r) => [r.method, r.args])).toEqual([
      ['setSubject', ['Micro-mentoring: SQL']],
      ['addRecipient', [{ displayName: 'Daniel', email: 'daniel@example.com' }]],
      ['setTimes', [1000, 2000]],
      ['prependToBody', ['<p>agenda</p>']],
      ['insertAtCursor', ['<p>at cursor</p>']],
      ['getBody', []],
      ['isOnlineMeeting', []],
      ['saveAndGetItemId', []],
    ]);
    expect(new Set(sent.map((r) => r.id)).size).toBe(sent.length);
  });

  it('answers overlapping calls by id, whatever order the answers come in', async () => {
    const held: ComposeRequest[] = [];
    const item: WorkbenchComposeItem = new WorkbenchComposeItem('appointment', (request) => held.push(request));
    const body = item.getBody();
    const id = item.saveAndGetItemId();
    item.receive({ type: 'compose-answer', id: held[1]!.id, ok: true, value: 'event-1' });
    item.receive({ type: 'compose-answer', id: held[0]!.id, ok: true, value: '<p>b</p>' });
    await expect(id).resolves.toBe('event-1');
    await expect(body).resolves.toBe('<p>b</p>');
  });

  it('rejects with the ComposeError the workbench gave, and maps unknown codes to failed', async () => {
    const { item } = connected((request) =>
      request.method === 'setTimes' ? { ok: false, error: { code: 'wrong-item', message: 'A message has no start and end.' } } : { ok: false, error: { code: 'odd', message: 'Something broke.' } },
    );
    await expect(item.setTimes(1, 2)).rejects.toEqual({ code: 'wrong-item', message: 'A message has no start and end.' });
    await expect(item.getBody()).rejects.toEqual({ code: 'failed', message: 'Something broke.' });
  });

  it('rejects with failed when the workbench does not answer in time', async () => {
    const { item } = connected(() => undefined, 20);
    await expect(item.getBody()).rejects.toMatchObject({ code: 'failed', message: expect.stringContaining('did not answer') });
  });

  it('rejects with failed when the port cannot take the request', async () => {
    const item = new WorkbenchComposeItem('message', () => {
      throw new Error('port closed');
    });
    await expect(item.setSubject('x')).rejects.toMatchObject({ code: 'failed', message: expect.stringContaining('port closed') });
  });
});
