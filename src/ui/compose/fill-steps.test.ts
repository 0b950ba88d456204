import type { ComposeItemPort, ComposeSessionInput, ComposeSessionPort } from '../common/compose-ports';
import { fakeCompose } from './fake-compose';
import { FAKE_NOW, FAKE_VIEWER, fakeMentor } from '../common/fake-tab-ports';
import { fillMeeting, writeRequestMail, NOT_KEPT_MESSAGE, TEAMS_WARNING, type FillStepState } from './fill-steps';

const start = FAKE_NOW + 86_400_000;
const input = {
  request: { goal: 'Could I get your feedback on my slides?', context: '', success: 'Three slides to cut', topic: 'presentation coaching', timeBox: 30 as const },
  mentor: fakeMentor('m1', { displayName: 'Daniel Okafor', email: 'daniel@contoso.test' }),
  start,
  viewer: FAKE_VIEWER,
  proposedStarts: [start, start + 2 * 3_600_000],
  now: FAKE_NOW,
};

async function run(port: ComposeItemPort): Promise<FillStepState[]> {
  const states: FillStepState[] = [];
  await fillMeeting(port, input, (s) => states.push(s));
  return states;
}

describe('Fill this meeting', () => {
  it('sets attendee, subject and times, prepends the agenda keeping the body, and warns when Teams is off', async () => {
    const { port, item, calls } = fakeCompose('<p>mine</p>');
    const states = await run(port);
    expect(states.map((s) => `${s.id}:${s.status}`)).toEqual(['attendee:done', 'subject:done', 'times:done', 'body:done', 'teams:warning']);
    expect(item).toMatchObject({ subject: 'Micro-mentoring: presentation coaching', to: ['daniel@contoso.test'], times: [start, start + 30 * 60_000] });
    expect(calls).toEqual(['prepend']);
    expect(item.body.endsWith('<p>mine</p>')).toBe(true);
    expect(states[4]).toMatchObject({ message: TEAMS_WARNING });
  });

  it('replaces our earlier agenda with setBody on a second fill', async () => {
    const { port, item, calls } = fakeCompose('<p>mine</p>');
    await run(port);
    const states = await run(port);
    expect(calls).toEqual(['prepend', 'set']);
    expect(states.find((s) => s.id === 'body')).toMatchObject({ status: 'done', message: expect.stringMatching(/replaced/) });
    expect(item.body.split('<!--micromentor-agenda-start-->')).toHaveLength(2);
  });

  it('shows a ComposeError sentence at its step and goes on with the others; an unknown Teams state warns', async () => {
    const { port } = fakeCompose('', {
      setSubject: () => Promise.reject({ code: 'unsupported', message: 'Type the subject into the form yourself.' }),
      isOnlineMeeting: async () => undefined,
    });
    const states = await run(port);
    expect(states.find((s) => s.id === 'subject')).toEqual({ id: 'subject', status: 'failed', message: 'Type the subject into the form yourself.' });
    expect(states.find((s) => s.id === 'body')).toMatchObject({ status: 'done' });
    expect(states.find((s) => s.id === 'teams')).toMatchObject({ status: 'warning' });
  });

  it('says it is a Teams meeting when the toggle is on', async () => {
    const { port } = fakeCompose('', { isOnlineMeeting: async () => true });
    expect((await run(port)).find((s) => s.id === 'teams')).toMatchObject({ status: 'done' });
  });
});

describe('Fill this meeting, keeping its session', () => {
  function sessionPort(answer: Awaited<ReturnType<ComposeSessionPort['keep']>> | Error) {
    const kept: ComposeSessionInput[] = [];
    const port: ComposeSessionPort = {
      keep: async (given) => {
        kept.push(given);
        if (answer instanceof Error) throw answer;
        return answer;
      },
    };
    return { port, kept };
  }

  it('keeps the session last, after the meeting says what it says, with the chosen mentor, mentee and time', async () => {
    const order: string[] = [];
    const { port: item } = fakeCompose('', { setTimes: async () => void order.push('times') });
    const session = sessionPort({ kind: 'kept', message: 'Kept as a draft session.' });
    const states: FillStepState[] = [];
    await fillMeeting(item, input, (s) => (order.push(s.id), states.push(s)), { keep: async (given) => (order.push('keep'), session.port.keep(given)) });
    expect(order.indexOf('keep')).toBeGreaterThan(order.indexOf('teams'));
    expect(session.kept).toEqual([{ request: input.request, mentorId: 'm1', menteeId: FAKE_VIEWER.id, start }]);
    expect(states.at(-1)).toEqual({ id: 'session', status: 'done', message: 'Kept as a draft session.' });
  });

  it('says the session is linked when the meeting is already a Teams meeting', async () => {
    const states: FillStepState[] = [];
    await fillMeeting(fakeCompose('', { isOnlineMeeting: async () => true }).port, input, (s) => states.push(s), sessionPort({ kind: 'linked' }).port);
    expect(states.at(-1)).toMatchObject({ id: 'session', status: 'done', message: expect.stringMatching(/^Linked to this Teams meeting/) });
  });

  it('keeps nothing when a step failed (the record would not match the meeting), and shows a failed keep at its step', async () => {
    const session = sessionPort({ kind: 'linked' });
    const states: FillStepState[] = [];
    const item = fakeCompose('', { setTimes: () => Promise.reject({ code: 'failed', message: 'The item is locked.' }) }).port;
    await fillMeeting(item, input, (s) => states.push(s), session.port);
    expect(session.kept).toEqual([]);
    expect(states.at(-1)).toEqual({ id: 'session', status: 'failed', message: NOT_KEPT_MESSAGE });

    const refused: FillStepState[] = [];
    await fillMeeting(fakeCompose('').port, input, (s) => refused.push(s), sessionPort(new Error('The program site did not answer.')).port);
    expect(refused.at(-1)).toEqual({ id: 'session', status: 'failed', message: 'The program site did not answer.' });
  });
});

describe('Write a precise request', () => {
  it('puts the mentor on the To line, the mail subject, and the mail with its proposed times above the text already there', async () => {
    const { port, item, calls } = fakeCompose('<p>Hi</p>', { kind: 'message' });
    const states: FillStepState[] = [];
    await writeRequestMail(port, input, (s) => states.push(s));
    expect(states.map((s) => `${s.id}:${s.status}`)).toEqual(['attendee:done', 'subject:done', 'body:done']);
    expect(item.to).toEqual(['daniel@contoso.test']);
    expect(item.subject).not.toBe('');
    expect(calls).toEqual(['prepend']);
    expect(item.body).toContain('my slides');
    expect(item.body.endsWith('<p>Hi</p>')).toBe(true);
    await writeRequestMail(port, input, () => undefined);
    expect(calls).toEqual(['prepend', 'set']);
  });

  it('says at the subject why a mail cannot be written (a proposed time already gone), and still adds the mentor', async () => {
    const { port, item } = fakeCompose('', { kind: 'message' });
    const states: FillStepState[] = [];
    await writeRequestMail(port, { ...input, now: start + 60_000 }, (s) => states.push(s));
    expect(item.to).toEqual(['daniel@contoso.test']);
    expect(states.map((s) => s.status)).toEqual(['done', 'failed', 'failed']);
  });
});
