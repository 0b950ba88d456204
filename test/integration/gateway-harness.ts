import { emulatorTokenSource } from '../../src/auth/emulator-sign-in';
import { newSession, type Session } from '../../src/domain/session';
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

/** A new session of the demo mentee with the demo mentor, on 8 January 2030 at 10:00 UTC for 45 minutes. */
export function draftSession(key: string): Session {
  return newSession({
    key,
    menteeId: '1a0f6a52-3c1d-4e7b-9b0a-5f2e8c7d6a01',
    mentorId: '2b1e7b63-4d2e-4f8c-8c1b-6a3f9d8e7b02',
    topic: 'presentation coaching',
    goal: 'Could I get your feedback on my slides for the board review?',
    context: 'Deck: https://contoso.sharepoint.com/board.pptx',
    success: 'A clear storyline and three slides cut',
    format: 'one-time',
    timeBoxMinutes: 45,
    start: Date.parse('2030-01-08T10:00:00Z'),
    end: Date.parse('2030-01-08T10:45:00Z'),
  });
}
