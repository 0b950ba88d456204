// Development sign-in: opaque bearer tokens naming a demo user, kept in the store with an expiry,
// and the 401s Graph gives for a missing, unknown or expired one.
import { randomBytes } from 'node:crypto';
import { GraphFault, badRequest } from './graph-error';
import type { UserRow } from './http-types';
import type { Database } from './store';

const TOKEN_LIFETIME_S = 3600;

export class Tokens {
  constructor(
    private readonly db: Database,
    private readonly clock: () => number,
  ) {}

  /**
   * A token for `{"user": persona | userPrincipalName | id, "scopes"?: string[]}`; throws a 400 naming
   * what is wrong. A token asked with scopes carries them (written into the token's own text, so they
   * survive a restart) and is refused what they do not grant; one without is a development token that
   * may do anything its user may.
   */
  issue(body: unknown): { access_token: string; token_type: 'Bearer'; expires_in: number; scope?: string } {
    const who = (body as { user?: unknown } | undefined)?.user;
    const scopes = (body as { scopes?: unknown } | undefined)?.scopes;
    if (scopes !== undefined && (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string' && /^[\w.]+$/.test(s)))) {
      throw badRequest('"scopes" must be a list of permission names such as "Sites.Manage.All".');
    }
    if (typeof who !== 'string' || who.trim() === '') throw badRequest('Send {"user": "mentee" | "mentor" | "manager" | "<userPrincipalName>"}.');
    const user = this.db.prepare('SELECT id FROM users WHERE persona = ? OR upn = ? OR id = ?').get(who, who, who) as { id: string } | undefined;
    if (!user) throw badRequest(`No demo user is called "${who}". Use mentee, mentor, manager or a userPrincipalName from /v1.0/users.`, 'UnknownUser');
    const granted = scopes === undefined ? '' : `.${Buffer.from((scopes as string[]).join(' ')).toString('base64url')}`;
    const token = `emu.${randomBytes(24).toString('base64url')}${granted}`;
    this.db.prepare('INSERT INTO tokens (token, user_id, expires_at) VALUES (?, ?, ?)').run(token, user.id, this.clock() + TOKEN_LIFETIME_S * 1000);
    return { access_token: token, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_S, ...(scopes ? { scope: (scopes as string[]).join(' ') } : {}) };
  }

  /** The user an `Authorization: Bearer …` header names, or the 401 Graph would give. */
  authenticate(authorization: string | undefined): UserRow | GraphFault {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return new GraphFault(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const row = this.db.prepare('SELECT user_id, expires_at FROM tokens WHERE token = ?').get(token) as { user_id: string; expires_at: number } | undefined;
    if (!row) return new GraphFault(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    if (row.expires_at <= this.clock()) return new GraphFault(401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
    const user = this.db.prepare('SELECT * FROM users WHERE id = ?').get(row.user_id) as UserRow | undefined;
    const granted = token.split('.')[2];
    if (user && granted !== undefined) return { ...user, scopes: Buffer.from(granted, 'base64url').toString().split(' ').filter(Boolean) };
    return user ?? new GraphFault(401, 'InvalidAuthenticationToken', 'The user of this token no longer exists.');
  }
}
