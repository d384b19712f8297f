import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, readCookie, sessionCookie, sessionCookieName } from './cookies';

const now = new Date('2026-01-05T03:00:00Z');
const inTwelveHours = new Date('2026-01-05T15:00:00Z');

const attributes = (cookie: string) => cookie.split('; ').slice(1);

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, scoped to the desk, with its expiry as Max-Age', () => {
    const cookie = sessionCookie('tok', inTwelveHours, now, false);
    expect(cookie.startsWith('warta-redaksi=tok; ')).toBe(true);
    expect(attributes(cookie)).toEqual([
      'Path=/ruang-redaksi',
      'Max-Age=43200',
      'HttpOnly',
      'SameSite=Lax',
    ]);
  });

  it('is Secure, with the __Secure- prefix, in production', () => {
    const cookie = sessionCookie('tok', inTwelveHours, now, true);
    expect(cookie.startsWith('__Secure-warta-redaksi=tok; ')).toBe(true);
    expect(attributes(cookie)).toContain('Secure');
    expect(attributes(cookie)).toContain('HttpOnly');
    expect(sessionCookieName(true)).toBe('__Secure-warta-redaksi');
  });

  it('is removed with an empty value and Max-Age=0', () => {
    expect(clearedSessionCookie(false)).toBe(
      'warta-redaksi=; Path=/ruang-redaksi; Max-Age=0; HttpOnly; SameSite=Lax',
    );
    expect(clearedSessionCookie(true)).toContain('Secure');
  });

  it('is read from a Cookie header among others', () => {
    expect(readCookie('a=1; warta-redaksi=abc; b=2', 'warta-redaksi')).toBe('abc');
    expect(readCookie('xwarta-redaksi=abc', 'warta-redaksi')).toBeUndefined();
    expect(readCookie('warta-redaksi=', 'warta-redaksi')).toBeUndefined();
    expect(readCookie(null, 'warta-redaksi')).toBeUndefined();
  });
});
