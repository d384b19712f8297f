import { describe, expect, it } from 'vitest';
import { bearerSecret, configuredSecret, secretMatches } from './secret';
import { requestRevalidation, selfOrigin } from '../invalidation/own-server';

describe('secretMatches', () => {
  it('only the exact secret matches, whatever the length presented', () => {
    expect(secretMatches('rahasia', 'rahasia')).toBe(true);
    for (const wrong of [
      '',
      'rahasi',
      'rahasia ',
      'Rahasia',
      'rahasia'.repeat(100),
      null,
      undefined,
    ]) {
      expect(secretMatches(wrong, 'rahasia')).toBe(false);
    }
  });

  it('an unset secret matches nothing, not even an empty one', () => {
    expect(secretMatches('', '')).toBe(false);
  });

  it('reads Bearer credentials and blank settings as off', () => {
    const request = (authorization: string) =>
      new Request('http://x/', { headers: { authorization } });
    expect(bearerSecret(request('Bearer abc def'))).toBe('abc def');
    expect(bearerSecret(request('bearer abc'))).toBe('abc');
    expect(bearerSecret(request('Basic abc'))).toBeUndefined();
    expect(configuredSecret('S', { S: '  ' })).toBeUndefined();
    expect(configuredSecret('S', { S: ' x ' })).toBe('x');
  });
});

describe('revalidation through the server itself', () => {
  it('addresses the server on loopback, or the host it is bound to', () => {
    expect(selfOrigin({ PORT: '3000' })).toBe('http://127.0.0.1:3000');
    expect(selfOrigin({ PORT: '8080', HOSTNAME: '0.0.0.0' })).toBe('http://127.0.0.1:8080');
    expect(selfOrigin({ PORT: '8080', HOSTNAME: '10.0.0.5' })).toBe('http://10.0.0.5:8080');
    expect(selfOrigin({ PORT: '8080', HOSTNAME: 'fd00::5' })).toBe('http://[fd00::5]:8080');
    expect(selfOrigin({})).toBe('http://127.0.0.1:3000');
  });

  it('retries while the server is not up yet, and stops at a refusal', async () => {
    const statuses: (number | Error)[] = [new Error('ECONNREFUSED'), 503, 200];
    const calls: string[] = [];
    const fetchFn = (async (url: URL, init: RequestInit) => {
      calls.push(`${url} ${(init.headers as Record<string, string>).authorization}`);
      const next = statuses.shift()!;
      if (next instanceof Error) throw next;
      return new Response(null, { status: next });
    }) as unknown as typeof fetch;
    await requestRevalidation('http://127.0.0.1:3000', 'tok', [], { fetchFn, delayMs: 1 });
    expect(calls).toEqual(Array(3).fill('http://127.0.0.1:3000/api/revalidate Bearer tok'));

    statuses.push(401, 200);
    await expect(
      requestRevalidation('http://127.0.0.1:3000', 'tok', [], { fetchFn, delayMs: 1 }),
    ).rejects.toThrow('HTTP 401');
    expect(calls).toHaveLength(4);
  });
});
