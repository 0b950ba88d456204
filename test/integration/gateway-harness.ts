import { emulatorTokenSource } from '../../src/auth/emulator-sign-in';
import { createGraphClient, type GraphConnection } from '../../src/graph/graph-client';
import type { TestEmulator } from '../contract/harness';

/** The app's own Graph connection, signed in as a persona, with retries that do not sleep. */
export function connectAs(emu: TestEmulator, user: string, waits: number[] = []): GraphConnection {
  return createGraphClient({
    baseUrl: emu.graphUrl,
    tokens: emulatorTokenSource({ origin: emu.url, user }),
    retry: { sleep: async (ms) => void waits.push(ms) },
  });
}

export const noWait = async () => undefined;

export const PROGRAM_SITE = { siteId: 'contoso.sharepoint.com,2f7a1c3e-5b9d-4e21-8f6a-1c2d3e4f5a6b,8e9d0c1b-2a3f-4b5c-9d8e-7f6a5b4c3d2e', sessionsList: 'Sessions' };
