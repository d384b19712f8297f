import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listenOnFreePort } from '../../test-support/ports';
import { previewLink } from '../preview/links';
import { publishUrls, runPublishCli } from './cli';

/** Two fake sites on loopback ports: the first answers /api/publish, both /api/revalidate. */
const ports: number[] = [];
const servers: Server[] = [];
let seen: { port: number; path: string; auth: string; body: string }[];
let publishAnswer: { status: number; body: unknown };
let dir: string;
let printed: string[];

beforeEach(async () => {
  seen = [];
  printed = [];
  publishAnswer = {
    status: 200,
    body: { message: '1 perubahan diterbitkan.', changes: [{ kind: 'page', id: 'redaksi' }] },
  };
  dir = await mkdtemp(path.join(os.tmpdir(), 'warta-cli-'));
  await mkdir(path.join(dir, 'pages'));
  await writeFile(path.join(dir, 'pages', 'redaksi.md'), '---\nslug: redaksi\n---\nIsi.');
  ports.splice(0);
  for (let i = 0; i < 2; i++) {
    let port = 0;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ port, path: req.url ?? '', auth: req.headers.authorization ?? '', body });
        res.statusCode = req.url === '/api/publish' ? publishAnswer.status : 200;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(req.url === '/api/publish' ? publishAnswer.body : {}));
      });
    });
    port = await listenOnFreePort(server);
    ports.push(port);
    servers.push(server);
  }
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  await rm(dir, { recursive: true, force: true });
});

const run = (args: string[], secret = 'rahasia') =>
  runPublishCli(args, {
    secret,
    urls: ports.map((p) => `http://127.0.0.1:${p}`),
    contentDir: dir,
    print: (l) => printed.push(l),
  });

describe('npm run publish', () => {
  it('sends the files content-relative to the first site, then has the others revalidate', async () => {
    expect(await run([path.join(dir, 'pages', 'redaksi.md')])).toBe(0);
    expect(seen.map((s) => [s.port, s.path, s.auth])).toEqual([
      [ports[0], '/api/publish', 'Bearer rahasia'],
      [ports[1], '/api/revalidate', 'Bearer rahasia'],
    ]);
    expect(JSON.parse(seen[0]!.body)).toEqual({
      files: [{ path: 'pages/redaksi.md', text: '---\nslug: redaksi\n---\nIsi.' }],
    });
    expect(JSON.parse(seen[1]!.body)).toEqual({ changes: [{ kind: 'page', id: 'redaksi' }] });
    expect(printed).toContain('1 perubahan diterbitkan.');
  });

  it('prints every problem one per line and exits 1 on 422', async () => {
    publishAnswer = {
      status: 422,
      body: {
        error: 'Konten tidak valid: 1 masalah ditemukan.',
        problems: [{ text: 'content/pages/redaksi.md: title: wajib diisi' }],
        changes: [],
      },
    };
    expect(await run([path.join(dir, 'pages', 'redaksi.md')])).toBe(1);
    expect(printed.slice(1)).toEqual([
      'Konten tidak valid: 1 masalah ditemukan.',
      '  - content/pages/redaksi.md: title: wajib diisi',
    ]);
    expect(seen).toHaveLength(1);
  });

  it('a refused secret (401) fails with the server message', async () => {
    publishAnswer = { status: 401, body: { error: 'Rahasia penerbitan tidak ada atau salah.' } };
    expect(await run([path.join(dir, 'pages', 'redaksi.md')])).toBe(1);
    expect(printed.at(-1)).toBe(
      `http://127.0.0.1:${ports[0]}: gagal (401: Rahasia penerbitan tidak ada atau salah.)`,
    );
  });

  it('refuses without a secret, without files, and for files outside the content folder', async () => {
    expect(await run([path.join(dir, 'pages', 'redaksi.md')], '')).toBe(2);
    expect(await run([])).toBe(2);
    expect(await run([path.join(os.tmpdir(), 'elsewhere.md')])).toBe(1);
    expect(await run([path.join(dir, 'pages', 'missing.md')])).toBe(1);
    expect(seen).toEqual([]);
  });

  it('reads the site list from WARTA_PUBLISH_URLS or WARTA_PUBLISH_URL', () => {
    expect(publishUrls({ WARTA_PUBLISH_URLS: 'https://a.example, https://b.example' })).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(publishUrls({ WARTA_PUBLISH_URL: 'https://a.example' })).toEqual(['https://a.example']);
    expect(publishUrls({})).toEqual(['http://127.0.0.1:3000']);
  });
});

describe('npm run publish -- --pratinjau <id>', () => {
  const NOW = Date.parse('2024-12-23T03:00:00Z');
  const preview = (args: string[], previewSecret: string | undefined, lifetimeSeconds?: number) =>
    runPublishCli(['--pratinjau', ...args], {
      secret: undefined,
      previewSecret,
      previewLifetimeSeconds: lifetimeSeconds,
      now: () => NOW,
      urls: ['https://www.riau24.com'],
      contentDir: dir,
      print: (l) => printed.push(l),
    });

  it('prints a signed link on the first site and when it expires, seven days by default', async () => {
    const env = process.env as Record<string, string | undefined>;
    const before = env.WARTA_PREVIEW_DAYS;
    delete env.WARTA_PREVIEW_DAYS;
    try {
      expect(await preview(['draf-1'], 'rahasia-pratinjau')).toBe(0);
    } finally {
      if (before !== undefined) env.WARTA_PREVIEW_DAYS = before;
    }
    const expires = NOW / 1000 + 7 * 86_400;
    const link = new URL(
      previewLink('draf-1', 'rahasia-pratinjau', { now: NOW, lifetimeSeconds: 7 * 86_400 }),
      'https://www.riau24.com',
    );
    expect(printed).toEqual([
      `Tautan pratinjau draf-1: ${link}`,
      'Berlaku sampai Senin, 30 Desember 2024 10.00 WIB (7 hari; atur dengan WARTA_PREVIEW_DAYS).',
    ]);
    expect(link.searchParams.get('exp')).toBe(String(expires));
    expect(seen).toEqual([]);
  });

  it('another lifetime shows in the expiry', async () => {
    expect(await preview(['draf-1'], 'rahasia-pratinjau', 2 * 86_400)).toBe(0);
    expect(printed[1]).toBe(
      'Berlaku sampai Rabu, 25 Desember 2024 10.00 WIB (2 hari; atur dengan WARTA_PREVIEW_DAYS).',
    );
  });

  it('refuses without WARTA_PREVIEW_SECRET, without an id or with a malformed one', async () => {
    expect(await preview(['draf-1'], undefined)).toBe(2);
    expect(await preview([], 'rahasia-pratinjau')).toBe(2);
    expect(await preview(['../x'], 'rahasia-pratinjau')).toBe(2);
    expect(printed[0]).toMatch(/WARTA_PREVIEW_SECRET/);
    expect(printed[1]).toMatch(/^Pemakaian/);
    expect(printed[2]).toMatch(/bukan id artikel/);
  });
});
