import { expect, test } from '@playwright/test';
import { previewLink } from '../lib/publishing/preview/links';
import { E2E_PREVIEW_SECRET, E2E_PUBLISH_SECRET } from '../playwright.config';

/** The publish endpoint and preview links, against the production server. */

const validLooking = {
  files: [
    {
      path: 'articles/e2e-tidak-valid.md',
      text: '---\nid: e2e-tidak-valid\ntitle: Tanpa kolom lain\n---\nIsi.\n',
    },
  ],
};

test.describe('POST /api/publish', () => {
  for (const [label, authorization] of [
    ['no secret', undefined],
    ['a wrong secret', 'Bearer salah'],
    ['the secret with a character more', `Bearer ${E2E_PUBLISH_SECRET}x`],
  ] as const) {
    test(`refuses ${label} with 401 and changes nothing`, async ({ request }) => {
      const response = await request.post('/api/publish', {
        data: validLooking,
        headers: authorization ? { authorization } : {},
      });
      expect(response.status()).toBe(401);
      expect(response.headers()['cache-control']).toBe('private, no-store');
      expect(await response.json()).toEqual({ error: 'Rahasia penerbitan tidak ada atau salah.' });
      expect((await request.get('/berita/e2e-tidak-valid')).status()).toBe(404);
    });
  }

  test('a path outside the content folder: 422 with the problem, no stack trace', async ({
    request,
  }) => {
    const response = await request.post('/api/publish', {
      data: { files: [{ path: '../package.json', text: '{}' }] },
      headers: { authorization: `Bearer ${E2E_PUBLISH_SECRET}` },
    });
    expect(response.status()).toBe(422);
    const body = await response.json();
    expect(body.problems).toEqual([
      expect.objectContaining({ file: '../package.json', field: 'path' }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/\bat \w|\.tsx?:\d/);
  });

  test('an invalid article: 422 with one entry per problem, nothing published', async ({
    request,
  }) => {
    const response = await request.post('/api/publish', {
      data: validLooking,
      headers: { authorization: `Bearer ${E2E_PUBLISH_SECRET}` },
    });
    expect(response.status()).toBe(422);
    const body = await response.json();
    expect(body.problems.length).toBeGreaterThan(1);
    for (const problem of body.problems) {
      expect(problem.file).toContain('e2e-tidak-valid.md');
      expect(problem.message).toEqual(expect.any(String));
    }
    expect((await request.get('/berita/e2e-tidak-valid')).status()).toBe(404);
  });

  test('a malformed body answers 400', async ({ request }) => {
    const response = await request.post('/api/publish', {
      data: '{',
      headers: {
        authorization: `Bearer ${E2E_PUBLISH_SECRET}`,
        'content-type': 'application/json',
      },
    });
    expect(response.status()).toBe(400);
  });
});

test.describe('preview links', () => {
  test('a signed link turns preview on and sends the editor to the preview, never cached', async ({
    request,
  }) => {
    const response = await request.get(previewLink('e2e-draf', E2E_PREVIEW_SECRET), {
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toBe('/pratinjau/e2e-draf');
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect(response.headers()['set-cookie']).toContain('warta_preview=e2e-draf.');
    expect(response.headers()['set-cookie']).toMatch(/; Max-Age=\d+;/);
    expect(response.headers()['set-cookie']).toContain('HttpOnly');
  });

  test('an expired link is refused and says so', async ({ request }) => {
    const eightDaysAgo = Date.now() - 8 * 86_400_000;
    const link = previewLink('e2e-draf', E2E_PREVIEW_SECRET, {
      now: eightDaysAgo,
      lifetimeSeconds: 86_400,
    });
    const response = await request.get(link, { maxRedirects: 0 });
    expect(response.status()).toBe(410);
    expect(await response.text()).toContain('kedaluwarsa');
    expect(response.headers()['set-cookie']).toBeUndefined();
  });

  test('a link signed with another secret is refused', async ({ request }) => {
    const response = await request.get(previewLink('e2e-draf', 'rahasia-lama'), {
      maxRedirects: 0,
    });
    expect(response.status()).toBe(401);
    expect(response.headers()['set-cookie']).toBeUndefined();
  });
});
