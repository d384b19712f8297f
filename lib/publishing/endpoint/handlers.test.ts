import { describe, expect, it } from 'vitest';
import type { ContentChange, IngestOptions, IngestResult } from '../ingest-port';
import { readBodyText } from '../../http/body';
import { handlePublish, handleRevalidate, type EndpointDeps } from './handlers';
import { MAX_PUBLISH_BYTES } from './request';

const SECRET = 'rahasia-redaksi-panjang';
const article = (id: string) => ({
  kind: 'article' as const,
  id,
  after: {
    id,
    slug: 's',
    section: 'riau',
    tags: [],
    authors: ['a'],
    publishedAt: '2024-12-24T10:00:00+07:00',
    listed: true,
  },
});

function setup(
  result: IngestResult | Error = { problems: [], changes: [article('a1')] },
  over: Partial<EndpointDeps> = {},
) {
  const calls: IngestOptions[] = [];
  const invalidated: ContentChange[][] = [];
  const logged: string[] = [];
  const deps: EndpointDeps = {
    secret: SECRET,
    ingest: async (options = {}) => {
      calls.push(options);
      if (result instanceof Error) throw result;
      return result;
    },
    invalidate: (changes) => void invalidated.push(changes),
    log: { info: (l) => logged.push(l), warn: (l) => logged.push(l), error: (l) => logged.push(l) },
    ...over,
  };
  return { deps, calls, invalidated, logged };
}

const files = [{ path: 'articles/2024-12-24-banjir.md', text: '---\nid: a1\n---\nIsi.' }];

function post(body: unknown, auth?: string, raw = false): Request {
  return new Request('http://127.0.0.1/api/publish', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: raw ? (body as string) : JSON.stringify(body),
  });
}

describe('POST /api/publish', () => {
  it('publishes valid files: ingest with the files, invalidate what changed, 200', async () => {
    const { deps, calls, invalidated } = setup();
    const response = await handlePublish(post({ files }, `Bearer ${SECRET}`), deps);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toMatchObject({
      changes: [article('a1')],
      message: '1 perubahan diterbitkan.',
    });
    expect(calls).toEqual([{ files, dryRun: undefined }]);
    expect(invalidated).toEqual([[article('a1')]]);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a wrong secret', 'Bearer salah'],
    ['a secret with one more character', `Bearer ${SECRET}x`],
    ['a prefix of the secret', `Bearer ${SECRET.slice(0, 5)}`],
    ['another scheme', `Basic ${SECRET}`],
  ])('401 and no change with %s', async (_, auth) => {
    const { deps, calls, invalidated } = setup();
    const response = await handlePublish(post({ files }, auth), deps);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ error: 'Rahasia penerbitan tidak ada atau salah.' });
    expect(calls).toEqual([]);
    expect(invalidated).toEqual([]);
  });

  it('is switched off (404) when no secret is configured, even for an empty bearer', async () => {
    const { deps, calls } = setup(undefined, { secret: undefined });
    for (const auth of [undefined, 'Bearer ', 'Bearer undefined']) {
      expect((await handlePublish(post({ files }, auth), deps)).status).toBe(404);
    }
    expect(calls).toEqual([]);
  });

  it('422 with the problems, one per entry, when the content is invalid; nothing invalidated', async () => {
    const problems = [
      { file: 'content/articles/2024-12-24-banjir.md', field: 'title', message: 'wajib diisi' },
      {
        file: 'content/articles/2024-12-24-banjir.md',
        line: 5,
        field: 'publishedAt',
        message: 'format salah',
      },
    ];
    const { deps, invalidated } = setup({ problems, changes: [] });
    const response = await handlePublish(post({ files }, `Bearer ${SECRET}`), deps);
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error).toBe('Konten tidak valid: 2 masalah ditemukan.');
    expect(body.problems).toEqual([
      {
        file: problems[0]!.file,
        field: 'title',
        message: 'wajib diisi',
        text: `${problems[0]!.file}: title: wajib diisi`,
      },
      {
        file: problems[1]!.file,
        line: 5,
        field: 'publishedAt',
        message: 'format salah',
        text: `${problems[1]!.file}:5: publishedAt: format salah`,
      },
    ]);
    expect(invalidated).toEqual([]);
  });

  it('422 for paths outside the content folder, before any ingest', async () => {
    const { deps, calls } = setup();
    for (const path of [
      '../package.json',
      '/etc/passwd.md',
      'articles/../../x.md',
      'articles\\x.md',
      'articles/x.txt',
    ]) {
      const response = await handlePublish(
        post({ files: [{ path, text: 'x' }] }, `Bearer ${SECRET}`),
        deps,
      );
      expect(response.status, path).toBe(422);
    }
    expect(calls).toEqual([]);
  });

  it('400 for a body that is not the expected JSON', async () => {
    const { deps, calls } = setup();
    for (const body of [
      '{',
      JSON.stringify({}),
      JSON.stringify({ files: [] }),
      JSON.stringify({ files, extra: 1 }),
    ]) {
      const response = await handlePublish(post(body, `Bearer ${SECRET}`, true), deps);
      expect(response.status).toBe(400);
    }
    expect(calls).toEqual([]);
  });

  it('a failing ingest answers 500 with a plain message, never the stack, and logs it', async () => {
    const { deps, logged } = setup(
      new Error('SQLITE_BUSY: database is locked\n    at Database.prepare'),
    );
    const response = await handlePublish(post({ files }, `Bearer ${SECRET}`), deps);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/SQLITE|at Database|\.ts:/);
    expect(logged.join('\n')).toContain('SQLITE_BUSY');
  });

  it('a store that cannot be reached answers 503 with Retry-After, so the sender tries again', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const { deps } = setup(down);
    const response = await handlePublish(post({ files }, `Bearer ${SECRET}`), deps);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(await response.text()).not.toContain('ECONNREFUSED');
  });

  it('dry run validates without invalidating', async () => {
    const { deps, calls, invalidated } = setup({ problems: [], changes: [] });
    const response = await handlePublish(post({ files, dryRun: true }, `Bearer ${SECRET}`), deps);
    expect(response.status).toBe(200);
    expect(calls[0]).toEqual({ files, dryRun: true });
    expect(invalidated).toEqual([]);
  });

  it('503 when this server has no store wired', async () => {
    const { deps } = setup(undefined, { ingest: undefined });
    expect((await handlePublish(post({ files }, `Bearer ${SECRET}`), deps)).status).toBe(503);
  });
});

describe('the publish body limit, in bytes', () => {
  const CHUNK = 64 * 1024;

  /** A chunked body that never ends on its own, counting what the reader pulled. */
  function endlessBody(chunk: Uint8Array) {
    const pulled = { bytes: 0, cancelled: false };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        pulled.cancelled = true;
      },
    });
    return { stream, pulled };
  }

  const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    new Request('http://127.0.0.1/api/publish', {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}`, ...headers },
      body,
      duplex: 'half',
    } as RequestInit);

  it('stops reading a chunked body as soon as it passes the limit and answers 413', async () => {
    const { deps, calls } = setup();
    const { stream, pulled } = endlessBody(new Uint8Array(CHUNK).fill(0x20));
    const response = await handlePublish(streamed(stream), deps);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/terlalu besar/);
    expect(pulled.cancelled).toBe(true);
    expect(pulled.bytes).toBeGreaterThan(MAX_PUBLISH_BYTES);
    // At most the chunk that crossed the limit and what the stream had queued ahead of it.
    expect(pulled.bytes).toBeLessThanOrEqual(MAX_PUBLISH_BYTES + 2 * CHUNK);
    expect(calls).toEqual([]);
  });

  it('refuses a declared Content-Length over the limit before reading anything', async () => {
    const { deps } = setup();
    const { stream, pulled } = endlessBody(new Uint8Array(CHUNK));
    const response = await handlePublish(
      streamed(stream, { 'content-length': String(MAX_PUBLISH_BYTES + 1) }),
      deps,
    );
    expect(response.status).toBe(413);
    // A ReadableStream pulls once on its own to fill its queue; nothing past that was read.
    expect(pulled.bytes).toBeLessThanOrEqual(CHUNK);
  });

  it('counts bytes, not characters: a body under the limit in characters but over it in bytes', async () => {
    const { deps, calls } = setup();
    const text = 'é'.repeat(Math.floor(MAX_PUBLISH_BYTES * 0.6));
    const body = JSON.stringify({ files: [{ path: 'articles/besar.md', text }] });
    expect(body.length).toBeLessThan(MAX_PUBLISH_BYTES);
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_PUBLISH_BYTES);
    const response = await handlePublish(post(body, `Bearer ${SECRET}`, true), deps);
    expect(response.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('reads a multi-byte body within the limit whole, and refuses one that is not UTF-8', async () => {
    const text = 'Kabut asap 🌫️ menyelimuti Pekanbaru — “berbahaya”.';
    const fits = await readBodyText(new Request('http://x/', { method: 'POST', body: text }), 200);
    expect(fits).toBe(text);
    const bytes = Buffer.byteLength(text);
    const exact = await readBodyText(
      new Request('http://x/', { method: 'POST', body: text }),
      bytes,
    );
    expect(exact).toBe(text);
    const over = await readBodyText(
      new Request('http://x/', { method: 'POST', body: text }),
      bytes - 1,
    );
    expect(typeof over).toBe('symbol');
    const broken = new Request('http://x/', {
      method: 'POST',
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(await readBodyText(broken, 200)).toBeUndefined();
    const { deps } = setup();
    const response = await handlePublish(
      new Request('http://127.0.0.1/api/publish', {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET}` },
        body: new Uint8Array([0x7b, 0xff, 0x7d]),
      }),
      deps,
    );
    expect(response.status).toBe(400);
  });
});

describe('POST /api/revalidate', () => {
  const revalidate = (body: unknown, auth?: string) =>
    new Request('http://127.0.0.1/api/revalidate', {
      method: 'POST',
      headers: auth ? { authorization: auth } : {},
      body: JSON.stringify(body),
    });

  it('accepts the process token or the publish secret, and revalidates the changes', async () => {
    const { deps, invalidated } = setup(undefined, { internalToken: 'proses-ini' });
    expect(
      (await handleRevalidate(revalidate({ changes: [article('a1')] }, 'Bearer proses-ini'), deps))
        .status,
    ).toBe(200);
    expect(
      (await handleRevalidate(revalidate({ changes: [article('a2')] }, `Bearer ${SECRET}`), deps))
        .status,
    ).toBe(200);
    expect(invalidated).toEqual([[article('a1')], [article('a2')]]);
  });

  it('the process token works with no publish secret; anything else is refused', async () => {
    const { deps, invalidated } = setup(undefined, {
      secret: undefined,
      internalToken: 'proses-ini',
    });
    expect(
      (await handleRevalidate(revalidate({ changes: [] }, 'Bearer proses-ini'), deps)).status,
    ).toBe(200);
    expect(
      (await handleRevalidate(revalidate({ changes: [article('x')] }, 'Bearer salah'), deps))
        .status,
    ).toBe(404);
    const withSecret = setup(undefined, { internalToken: 'proses-ini' });
    expect(
      (await handleRevalidate(revalidate({ changes: [article('x')] }), withSecret.deps)).status,
    ).toBe(401);
    expect(invalidated).toEqual([[]]);
  });

  it('400 for changes that do not match the contract', async () => {
    const { deps } = setup();
    const response = await handleRevalidate(
      revalidate({ changes: [{ kind: 'video', id: 'x' }] }, `Bearer ${SECRET}`),
      deps,
    );
    expect(response.status).toBe(400);
  });
});
