import { describe, expect, it } from 'vitest';
import { csrfToken, csrfTokenMatches, newToken, tokenHash } from './tokens';

describe('tokens', () => {
  it('are 32 random bytes in base64url, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 100 }, newToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('are stored as their SHA-256 only', () => {
    const token = newToken();
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).toBe(tokenHash(token));
    expect(tokenHash(token)).not.toContain(token);
  });

  it("give each session a form token only that session's holder can compute", () => {
    const session = newToken();
    const form = csrfToken(session);
    expect(form).not.toBe(session);
    expect(csrfTokenMatches(session, form)).toBe(true);
    expect(csrfTokenMatches(newToken(), form)).toBe(false);
    expect(csrfTokenMatches(session, undefined)).toBe(false);
    expect(csrfTokenMatches(session, '')).toBe(false);
    expect(csrfTokenMatches(session, `${form}x`)).toBe(false);
  });
});
