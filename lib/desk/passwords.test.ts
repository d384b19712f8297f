import { describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_MAX, verifyPassword } from './passwords';

describe('passwords', () => {
  it('are hashed with argon2id at the OWASP parameters, salted anew each time', async () => {
    const first = await hashPassword('kuda-laut-berenang-jauh');
    const second = await hashPassword('kuda-laut-berenang-jauh');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toContain('kuda-laut');
    expect(second).not.toBe(first);
  });

  it('verify the right password only', async () => {
    const stored = await hashPassword('kuda-laut-berenang-jauh');
    expect(await verifyPassword(stored, 'kuda-laut-berenang-jauh')).toBe(true);
    expect(await verifyPassword(stored, 'kuda-laut-berenang-jauh ')).toBe(false);
    expect(await verifyPassword(stored, '')).toBe(false);
  });

  it('answer false for no stored hash (no such account), a broken hash, an overlong password', async () => {
    expect(await verifyPassword(undefined, 'apa saja')).toBe(false);
    expect(await verifyPassword('bukan-hash', 'apa saja')).toBe(false);
    const stored = await hashPassword('x'.repeat(PASSWORD_MAX + 1));
    expect(await verifyPassword(stored, 'x'.repeat(PASSWORD_MAX + 1))).toBe(false);
  });
});
