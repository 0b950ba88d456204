// Who is signed in, read through the app's own gateway against the emulator.
import { GatewayError } from '../../src/graph/gateway-error';
import { createGraphClient } from '../../src/graph/graph-client';
import { readMe } from '../../src/graph/me';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { connectAs } from './gateway-harness';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

describe('readMe', () => {
  it("reads the signed-in person's name and address", async () => {
    const me = await readMe(connectAs(emu, 'mentor'));
    expect(me).toMatchObject({ displayName: 'Daniel Okafor', userPrincipalName: expect.stringContaining('@') });
    expect(me.id).toEqual(expect.any(String));
  });

  it('turns a refused token into a GatewayError the surface can explain', async () => {
    const graph = createGraphClient({ baseUrl: emu.graphUrl, tokens: { getToken: async () => 'not-a-token' } });
    const error = await readMe(graph).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: 'forbidden', status: 401, message: expect.stringContaining('reading who you are') });
  });

  it('says Microsoft 365 is busy when it keeps answering 503', async () => {
    await emu.faults([{ path: '^/v1\\.0/me$', status: 503, times: 10 }]);
    const error = await readMe(connectAs(emu, 'mentee')).catch((e: unknown) => e);
    await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
    expect(error).toMatchObject({ code: 'unavailable', status: 503 });
  });
});
