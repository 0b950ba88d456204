// Who may touch a mailbox: delegated Graph lets a user read and write their own items only
// (`/me/…` arrives here already rewritten to `/users/{signed-in id}/…`).
import type { Database } from 'better-sqlite3';
import { forbidden } from './graph-error';
import type { HandlerContext, UserRow } from './http-types';

export function isSelf(ctx: HandlerContext): boolean {
  const who = (ctx.params.userId ?? '').toLowerCase();
  return who === ctx.user.id.toLowerCase() || who === ctx.user.upn.toLowerCase();
}

/** Throws Graph's 403 unless the path's user is the signed-in user. */
export function requireSelf(ctx: HandlerContext): void {
  if (!isSelf(ctx)) throw forbidden('Access is denied. Check credentials and try again.', 'ErrorAccessDenied');
}

/** The organisation's user with this mail address or UPN, if any. */
export function userByEmail(db: Database, address: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE upn = ? COLLATE NOCASE OR mail = ? COLLATE NOCASE LIMIT 1').get(address, address) as UserRow | undefined;
}

export function userById(db: Database, id: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

/** The address Outlook shows for a user. */
export function mailOf(user: UserRow): string {
  return user.mail ?? user.upn;
}
