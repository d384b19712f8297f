import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeRequest, MAX_URL_LENGTH, pathSegments } from './request-gate';

const status = (method: string, url: string) => {
  const verdict = judgeRequest(method, url);
  return verdict.kind === 'reject' ? verdict.status : 'pass';
};

describe('judgeRequest', () => {
  it.each([
    ['GET', '/'],
    ['HEAD', '/'],
    ['GET', '/berita/91b3d6c2/dua-dekade-tsunami-aceh'],
    ['GET', '/cari?q=%E2%91%B4&halaman=2'],
    ['GET', '/tag/banjir/halaman/2'],
    ['GET', '/berita/91b3d6c2/'],
    ['GET', '/cari?q=%ff'],
    ['POST', '/api/publish'],
    ['DELETE', '/api/pratinjau'],
    ['POST', '/ruang-redaksi/masuk'],
    ['POST', '/ruang-redaksi/orang'],
  ])('%s %s passes', (method, url) => {
    expect(status(method, url)).toBe('pass');
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'get', ''])(
    '%s to a reader URL is 405',
    (method) => {
      expect(status(method, '/tag/belum-pernah-ada')).toBe(405);
      expect(status(method, '/')).toBe(405);
      // /api alone is no route that takes other methods.
      expect(status(method, '/api')).toBe(405);
      // The desk's own page takes GET only; its forms post to paths below it.
      expect(status(method, '/ruang-redaksi')).toBe(405);
    },
  );

  it.each([
    '/%ff%fe',
    '/berita/%ff%fe/x',
    '/tag/%c0%ae%c0%ae',
    '/%e0%80%af',
    '/a%00b',
    '/a%0d%0aSet-Cookie:%20x=1',
    '/%7f',
    '/%c2%85',
    '/berita/..',
    '/berita/%2e%2e/x',
    '/./berita',
    '/%2E',
    '/a%2fb',
    '/a%5cb',
    '/a\\b',
    '/a b',
    '/a#b',
    '/ä',
    'berita',
    '*',
    'http://evil.test/',
    '/%',
    '/%zz',
    `/${'a'.repeat(MAX_URL_LENGTH)}`,
  ])('%s is 400', (url) => {
    expect(status('GET', url)).toBe(400);
    // Read before the method: a POST to an unreadable URL is refused for its URL.
    expect(status('POST', url)).toBe(400);
  });

  it('answers 404 for an empty segment inside the path', () => {
    expect(status('GET', '//berita')).toBe(404);
    expect(status('GET', '/berita//x')).toBe(404);
  });

  it('hands on the decoded segments', () => {
    expect(judgeRequest('GET', '/tag/kab%20kampar/halaman/2?x=1')).toEqual({
      kind: 'pass',
      segments: ['tag', 'kab kampar', 'halaman', '2'],
      ownMethods: false,
    });
    expect(pathSegments('/')).toEqual(['']);
  });

  it('never throws, and passes nothing it could not read (any method, any URL)', () => {
    const urlChar = fc.oneof(
      fc.constantFrom('/', '%', '.', '?', '#', '\\', ' ', 'a', '2', 'e', 'f', 'c', '0'),
      fc.string({ maxLength: 3, unit: 'binary' }),
    );
    const url = fc.oneof(
      fc.array(urlChar, { maxLength: 40 }).map((parts) => parts.join('')),
      fc.array(urlChar, { maxLength: 40 }).map((parts) => `/${parts.join('')}`),
    );
    const method = fc.oneof(
      fc.constantFrom('GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS', 'PURGE'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(method, url, (m, u) => {
        const verdict = judgeRequest(m, u);
        if (verdict.kind === 'reject') return [400, 404, 405].includes(verdict.status);
        // What passes is readable: origin-form, and each segment decoded without a dot segment,
        // a separator or a control character.
        expect(u.startsWith('/')).toBe(true);
        for (const segment of verdict.segments) {
          expect(['.', '..']).not.toContain(segment);
          expect(segment).not.toMatch(/[\\/\u0000-\u001f\u007f]/);
        }
        return verdict.ownMethods || m === 'GET' || m === 'HEAD';
      }),
      { seed: 20241224, numRuns: 5000 },
    );
  });
});
