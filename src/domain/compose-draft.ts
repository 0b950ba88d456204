// A session started from an Outlook meeting being written: keyed by the compose item, so a retried
// save finds the first record (and the meeting chat's calendar event id finds it again), and a
// draft that never got its Teams meeting stops counting once its start has passed.
import type { Session } from './session';

/** FNV-1a over UTF-16 code units with a given offset basis, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The session key of a compose item: the same item id always gives the same key. Outlook's ids are
 * long and hold "/" and "+", which the key cannot, so they are hashed (two 32-bit hashes: a clash
 * between two people's drafts is out of reach in one program).
 */
export function composeSessionKey(itemId: string): string {
  if (itemId.trim() === '') throw new Error('A compose item id is needed to key its session.');
  return `compose-${fnv1a(itemId, 0x811c9dc5)}${fnv1a(itemId, 0x01000193)}`;
}

/** Whether `key` was made by composeSessionKey: the session was started from a meeting written in Outlook. */
export function isComposeKey(key: string): boolean {
  return /^compose-[0-9a-f]{16}$/.test(key);
}

/**
 * A draft that never got a Teams meeting chat once its start has passed: the meeting was discarded,
 * or sent without Teams and not fixed in time, so the record no longer stands for a session that can
 * be held in Teams. Nothing deletes it; readers leave it out.
 */
export function isExpiredDraft(session: Pick<Session, 'status' | 'chatId' | 'start'>, now: number): boolean {
  return session.status === 'draft' && !session.chatId && session.start <= now;
}
