import { emulatorTokenSource } from '../../src/auth/emulator-sign-in';
import { startTestEmulator, type TestEmulator } from '../contract/harness';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

describe('emulator sign-in', () => {
  it('signs in as a persona and the token opens Graph as that person', async () => {
    const source = emulatorTokenSource({ origin: emu.url, user: 'mentor' });
    const token = await source.getToken();
    const me = (await (await fetch(`${emu.graphUrl}/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as { displayName: string };
    expect(me.displayName).toBe('Daniel Okafor');
  });

  it('signs in once for parallel calls and reuses the token until it nears expiry', async () => {
    let now = Date.now();
    const calls: string[] = [];
    const counting: typeof fetch = (input, init) => {
      calls.push(String(input));
      return fetch(input, init);
    };
    const source = emulatorTokenSource({ origin: emu.url, user: 'mentee', fetch: counting, now: () => now });
    const [a, b] = await Promise.all([source.getToken(), source.getToken()]);
    expect(a).toBe(b);
    expect(calls).toHaveLength(1);
    now += 59 * 60_000 + 1; // within a minute of the hour's expiry
    expect(await source.getToken()).not.toBe(a);
    expect(calls).toHaveLength(2);
  });

  it('says the emulator is not running, and names an unknown persona', async () => {
    await expect(emulatorTokenSource({ origin: 'http://127.0.0.1:9', user: 'mentee' }).getToken()).rejects.toMatchObject({ code: 'offline', message: expect.stringContaining('npm start') });
    await expect(emulatorTokenSource({ origin: emu.url, user: 'nobody' }).getToken()).rejects.toMatchObject({ code: 'wrong-account', message: expect.stringContaining('nobody') });
  });
});
