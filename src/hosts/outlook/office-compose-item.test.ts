import { OfficeMockObject } from 'office-addin-mock';
import type { ComposeError } from '../../ui/common/compose-ports';
import { createCallQueue, createOfficeComposeItem, type OfficeApi } from './office-compose-item';

type Callback = (result: { status: string; value?: unknown; error?: { code: number | string; message: string } }) => void;

const ok = (value?: unknown) => ({ status: 'succeeded', value });
const failure = (code: number | string, message: string) => ({ status: 'failed', error: { code, message } });
/** Finds the callback among Office.js's optional (options, callback) arguments. */
const lastCallback = (args: unknown[]) => args[args.length - 1] as Callback;

interface Fake {
  body: string;
  bodyType: string;
  subject: string;
  recipients: Array<{ displayName: string; emailAddress: string }>;
  start?: Date;
  end?: Date;
  supported: string[];
  fail?: { method: string; code: number | string; message: string };
}

function mockOffice(kind: 'appointment' | 'message', fake: Fake, extra: Record<string, unknown> = {}) {
  const answer = (method: string, cb: Callback, value?: unknown) =>
    cb(fake.fail?.method === method ? failure(fake.fail.code, fake.fail.message) : ok(value));
  const recipients = {
    getAsync: (...args: unknown[]) => answer('recipients.getAsync', lastCallback(args), [...fake.recipients]),
    addAsync: (list: Fake['recipients'], ...args: unknown[]) => {
      if (fake.fail?.method !== 'recipients.addAsync') fake.recipients.push(...list);
      answer('recipients.addAsync', lastCallback(args));
    },
  };
  const item: Record<string, unknown> = {
    itemType: kind,
    subject: {
      setAsync: (value: string, ...args: unknown[]) => {
        fake.subject = value;
        answer('subject.setAsync', lastCallback(args));
      },
    },
    body: {
      getAsync: (_type: string, ...args: unknown[]) => answer('body.getAsync', lastCallback(args), fake.body),
      getTypeAsync: (...args: unknown[]) => answer('body.getTypeAsync', lastCallback(args), fake.bodyType),
      prependAsync: (data: string, ...args: unknown[]) => {
        if (fake.fail?.method !== 'body.prependAsync') fake.body = data + fake.body;
        answer('body.prependAsync', lastCallback(args));
      },
      setAsync: (data: string, ...args: unknown[]) => {
        if (fake.fail?.method !== 'body.setAsync') fake.body = data;
        answer('body.setAsync', lastCallback(args));
      },
      setSelectedDataAsync: (data: string, ...args: unknown[]) => {
        fake.body = `${fake.body}${data}`;
        answer('body.setSelectedDataAsync', lastCallback(args));
      },
    },
    saveAsync: (...args: unknown[]) => answer('saveAsync', lastCallback(args), 'AAMkAD/ews+id='),
    ...(kind === 'appointment'
      ? {
          requiredAttendees: recipients,
          start: { setAsync: (d: Date, ...args: unknown[]) => ((fake.start = d), answer('start.setAsync', lastCallback(args))) },
          end: { setAsync: (d: Date, ...args: unknown[]) => ((fake.end = d), answer('end.setAsync', lastCallback(args))) },
        }
      : { to: recipients }),
    ...extra,
  };
  const data = {
    host: 'outlook',
    CoercionType: { Html: 'html', Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: { ItemType: { Appointment: 'appointment', Message: 'message' }, RestVersion: { v2_0: 'v2.0' } },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === 'Mailbox' && fake.supported.includes(version) },
      mailbox: {
        item,
        convertToRestId: (id: string, version: string) => `rest(${version}):${id.replace(/\//g, '-').replace(/\+/g, '_')}`,
      },
    },
  };
  return new OfficeMockObject(data) as unknown as OfficeApi;
}

const ALL_SETS = ['1.1', '1.2', '1.3'];
const fakeItem = (over: Partial<Fake> = {}): Fake => ({
  body: '<p>Join Microsoft Teams Meeting</p>',
  bodyType: 'html',
  subject: '',
  recipients: [],
  supported: ALL_SETS,
  ...over,
});
const port = (kind: 'appointment' | 'message', fake: Fake) => createOfficeComposeItem(mockOffice(kind, fake), createCallQueue());

async function composeFailure(promise: Promise<unknown>): Promise<ComposeError> {
  try {
    await promise;
  } catch (error) {
    return error as ComposeError;
  }
  throw new Error('expected a ComposeError');
}

describe('Office.js compose item (appointment)', () => {
  it('knows the kind of item from Office', () => {
    expect(port('appointment', fakeItem()).kind).toBe('appointment');
    expect(port('message', fakeItem()).kind).toBe('message');
  });

  it('reads the body as HTML and prepends, keeping what was there', async () => {
    const fake = fakeItem();
    const item = port('appointment', fake);
    await item.prependToBody('<h2>Agenda</h2>');
    expect(await item.getBody()).toBe('<h2>Agenda</h2><p>Join Microsoft Teams Meeting</p>');
  });

  it('replaces the whole body as HTML (re-filling swaps an earlier agenda)', async () => {
    const fake = fakeItem({ body: '<p>old agenda</p><p>mine</p>' });
    await port('appointment', fake).setBody('<p>new agenda</p><p>mine</p>');
    expect(fake.body).toBe('<p>new agenda</p><p>mine</p>');
  });

  it('needs Mailbox 1.3 to replace the body, says what to do instead, and refuses over 1,000,000 characters', async () => {
    const fake = fakeItem({ supported: ['1.1', '1.2'] });
    const error = await composeFailure(port('appointment', fake).setBody('<p>x</p>'));
    expect(error).toMatchObject({ code: 'unsupported' });
    expect(error.message).toMatch(/Mailbox 1\.3.*Delete the earlier Micromentor agenda/);
    expect(fake.body).toBe('<p>Join Microsoft Teams Meeting</p>');
    expect((await composeFailure(port('appointment', fakeItem()).setBody('x'.repeat(1_000_001)))).code).toBe('too-large');
    const failing = fakeItem({ fail: { method: 'body.setAsync', code: 9041, message: 'The item is locked' } });
    expect(await composeFailure(port('appointment', failing).setBody('<p>x</p>'))).toMatchObject({ code: 'failed', officeCode: 9041 });
  });

  it('sets the subject', async () => {
    const fake = fakeItem();
    await port('appointment', fake).setSubject('Micro-mentoring: Pricing');
    expect(fake.subject).toBe('Micro-mentoring: Pricing');
  });

  it('adds a required attendee once', async () => {
    const fake = fakeItem({ recipients: [{ displayName: 'Ann', emailAddress: 'ann@contoso.com' }] });
    const item = port('appointment', fake);
    await item.addRecipient({ displayName: 'Ann', email: 'ANN@contoso.com' });
    await item.addRecipient({ displayName: 'Bo', email: 'bo@contoso.com' });
    expect(fake.recipients.map((r) => r.emailAddress)).toEqual(['ann@contoso.com', 'bo@contoso.com']);
  });

  it('sets start and end as Dates', async () => {
    const fake = fakeItem();
    await port('appointment', fake).setTimes(Date.UTC(2026, 11, 1, 9), Date.UTC(2026, 11, 1, 9, 30));
    expect(fake.start?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(fake.end?.toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it('refuses an end before the start', async () => {
    const error = await composeFailure(port('appointment', fakeItem()).setTimes(2000, 1000));
    expect(error.code).toBe('failed');
  });

  it('cannot tell whether the Teams toggle is on (Office.js has no API)', async () => {
    expect(await port('appointment', fakeItem()).isOnlineMeeting()).toBeUndefined();
  });

  it('saves and gives the REST id', async () => {
    expect(await port('appointment', fakeItem()).saveAndGetItemId()).toBe('rest(v2.0):AAMkAD-ews_id=');
  });

  it('says so when this Outlook cannot convert the id', async () => {
    const fake = fakeItem();
    const office = mockOffice('appointment', fake);
    (office.context.mailbox as unknown as Record<string, unknown>).convertToRestId = undefined;
    const error = await composeFailure(createOfficeComposeItem(office, createCallQueue()).saveAndGetItemId());
    expect(error.code).toBe('unsupported');
  });
});

describe('Office.js compose item (message)', () => {
  it('inserts at the cursor as HTML', async () => {
    const fake = fakeItem({ body: '<p>Hi</p>' });
    await port('message', fake).insertAtCursor('<p>Could I schedule 30 minutes?</p>');
    expect(fake.body).toBe('<p>Hi</p><p>Could I schedule 30 minutes?</p>');
  });

  it('adds a To recipient', async () => {
    const fake = fakeItem();
    await port('message', fake).addRecipient({ displayName: 'Bo', email: 'bo@contoso.com' });
    expect(fake.recipients).toEqual([{ displayName: 'Bo', emailAddress: 'bo@contoso.com' }]);
  });

  it('refuses times and the Teams toggle on an email', async () => {
    const item = port('message', fakeItem());
    expect((await composeFailure(item.setTimes(1000, 2000))).code).toBe('wrong-item');
    expect((await composeFailure(item.isOnlineMeeting())).code).toBe('wrong-item');
  });

  it('says how to switch a plain-text email to HTML', async () => {
    const error = await composeFailure(port('message', fakeItem({ bodyType: 'text' })).insertAtCursor('<p>x</p>'));
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/HTML/);
  });
});

describe('Office.js compose item errors', () => {
  it('reports a missing requirement set as unsupported with what to do instead', async () => {
    const item = port('message', fakeItem({ supported: ['1.1', '1.2'] }));
    const read = await composeFailure(item.getBody());
    expect(read).toMatchObject({ code: 'unsupported' });
    expect(read.message).toMatch(/Mailbox 1\.3.*by hand/);
    expect((await composeFailure(item.saveAndGetItemId())).code).toBe('unsupported');
    await expect(item.insertAtCursor('<p>x</p>')).resolves.toBeUndefined();
    const bare = port('message', fakeItem({ supported: [] }));
    const atCursor = await composeFailure(bare.insertAtCursor('<p>x</p>'));
    expect(atCursor).toMatchObject({ code: 'unsupported' });
    expect(atCursor.message).toMatch(/paste/);
    for (const run of [() => bare.setSubject('s'), () => bare.addRecipient({ displayName: 'Bo', email: 'bo@contoso.com' }), () => bare.prependToBody('<p>x</p>')]) {
      expect((await composeFailure(run())).code).toBe('unsupported');
    }
  });

  it('turns a failed AsyncResult into failed with Office code and message', async () => {
    const fake = fakeItem({ fail: { method: 'body.prependAsync', code: 9041, message: 'The item is locked' } });
    const error = await composeFailure(port('appointment', fake).prependToBody('<p>x</p>'));
    expect(error).toMatchObject({ code: 'failed', officeCode: 9041 });
    expect(error.message).toMatch(/The item is locked/);
    expect(fake.body).toBe('<p>Join Microsoft Teams Meeting</p>');
  });

  it.each(['subject.setAsync', 'recipients.addAsync', 'start.setAsync', 'saveAsync', 'body.getAsync'])('fails with Office code when %s fails', async (method) => {
    const item = port('appointment', fakeItem({ fail: { method, code: 'GenericResponseError', message: 'Boom' } }));
    const run = {
      'subject.setAsync': () => item.setSubject('s'),
      'recipients.addAsync': () => item.addRecipient({ displayName: 'Bo', email: 'bo@contoso.com' }),
      'start.setAsync': () => item.setTimes(1000, 2000),
      saveAsync: () => item.saveAndGetItemId(),
      'body.getAsync': () => item.getBody(),
    }[method]!;
    expect(await composeFailure(run())).toMatchObject({ code: 'failed', officeCode: 'GenericResponseError' });
  });

  it('turns a synchronous throw from Office.js into failed', async () => {
    const office = mockOffice('appointment', fakeItem(), {
      subject: {
        setAsync: () => {
          throw new Error('Item is not in compose mode');
        },
      },
    });
    const error = await composeFailure(createOfficeComposeItem(office, createCallQueue()).setSubject('s'));
    expect(error).toMatchObject({ code: 'failed' });
    expect(error.message).toMatch(/set the subject: Item is not in compose mode/);
  });

  it('refuses a body over 1,000,000 characters before calling Office', async () => {
    const fake = fakeItem();
    const office = mockOffice('appointment', fake);
    const item = createOfficeComposeItem(office, createCallQueue());
    const big = 'x'.repeat(1_000_001);
    expect((await composeFailure(item.prependToBody(big))).code).toBe('too-large');
    expect((await composeFailure(item.insertAtCursor(big))).code).toBe('too-large');
    expect(fake.body).toBe('<p>Join Microsoft Teams Meeting</p>');
    await item.prependToBody('y'.repeat(1_000_000));
    expect(fake.body.length).toBe(1_000_000 + '<p>Join Microsoft Teams Meeting</p>'.length);
  });

  it('refuses a subject over 255 characters', async () => {
    expect((await composeFailure(port('appointment', fakeItem()).setSubject('s'.repeat(256)))).code).toBe('too-large');
  });
});

describe('Office.js call limit', () => {
  it('keeps at most 3 calls in flight and runs the rest as earlier ones finish', async () => {
    const pending: Callback[] = [];
    const fake = fakeItem();
    const office = mockOffice('appointment', fake, {
      subject: { setAsync: (_value: string, ...args: unknown[]) => pending.push(lastCallback(args)) },
    });
    const queue = createCallQueue();
    const item = createOfficeComposeItem(office, queue);
    const calls = Array.from({ length: 6 }, (_, i) => item.setSubject(`s${i}`));
    await Promise.resolve();
    expect(pending).toHaveLength(3);
    expect(queue.inFlight).toBe(3);
    let maxSeen = 0;
    while (pending.length > 0) {
      maxSeen = Math.max(maxSeen, queue.inFlight);
      expect(pending.length).toBeLessThanOrEqual(3);
      pending.shift()!(ok());
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(calls);
    expect(maxSeen).toBe(3);
    expect(queue.inFlight).toBe(0);
  });

  it('frees its slot when a call fails or throws', async () => {
    const queue = createCallQueue(1);
    await expect(queue.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(
      queue.run(() => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    expect(await queue.run(async () => 'next')).toBe('next');
    expect(queue.inFlight).toBe(0);
  });
});
