import { deskPaths } from '../desk-paths';

/**
 * The desk's session cookie: HttpOnly (no script reads it), SameSite=Lax (another site's form
 * posts arrive without it), Secure in production (with the `__Secure-` prefix the browser then
 * enforces), and scoped to the desk's path, so no reader page is ever sent it: the front cache
 * and the reader pages see the same requests as before the desk existed.
 */
export function sessionCookieName(production: boolean): string {
  return production ? '__Secure-warta-redaksi' : 'warta-redaksi';
}

function attributes(production: boolean, maxAge: number): string {
  const parts = [`Path=${deskPaths.home}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Lax'];
  if (production) parts.push('Secure');
  return parts.join('; ');
}

export function sessionCookie(
  token: string,
  expiresAt: Date,
  now: Date,
  production: boolean,
): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return `${sessionCookieName(production)}=${token}; ${attributes(production, maxAge)}`;
}

/** Removes the cookie from the browser. */
export function clearedSessionCookie(production: boolean): string {
  return `${sessionCookieName(production)}=; ${attributes(production, 0)}`;
}

/** The value of cookie `name` in a Cookie header, or undefined. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals < 0) continue;
    if (part.slice(0, equals).trim() === name) return part.slice(equals + 1).trim() || undefined;
  }
  return undefined;
}
