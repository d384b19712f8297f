import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Opaque random tokens (sessions, setup links): 32 random bytes, base64url in the cookie or link;
 * the store keeps only their SHA-256, so a copy of the store signs no one in.
 */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The form token of a session (every desk form carries it): derived from the session's own
 * token, which only the signed-in browser holds (HttpOnly cookie), so another site can neither
 * read nor compute it.
 */
export function csrfToken(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('warta-redaksi-formulir').digest('base64url');
}

export function csrfTokenMatches(sessionToken: string, sent: string | undefined): boolean {
  if (!sent) return false;
  const expected = Buffer.from(csrfToken(sessionToken));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
