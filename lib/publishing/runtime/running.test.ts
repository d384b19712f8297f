import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listenOnFreePort } from '../../test-support/ports';
import type { IngestOptions } from '../ingest-port';
import { processToken } from '../invalidation/process-token';
import { publishingEnabled, startPublishing, type PublishingRuntime } from './running';

/** Stands in for this server's own /api/revalidate on the loopback interface. */
let server: Server;
let port: number;
let received: { path: string; auth: string; body: unknown }[];
let dir: string;
let runtime: PublishingRuntime | undefined;

beforeEach(async () => {
  received = [];
  dir = await mkdtemp(path.join(os.tmpdir(), 'warta-runtime-'));
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        auth: req.headers.authorization ?? '',
        body: JSON.parse(body),
      });
      res.end('{}');
    });
  });
  port = await listenOnFreePort(server);
});

afterEach(async () => {
  await runtime?.stop();
  runtime = undefined;
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('startPublishing', () => {
  it('a saved file is ingested and revalidated through the server itself with its process token', async () => {
    const calls: IngestOptions[] = [];
    const change = { kind: 'page' as const, id: 'redaksi' };
    runtime = await startPublishing({
      contentDir: dir,
      env: { PORT: String(port), NODE_ENV: 'production' },
      log: { info() {}, warn() {}, error() {} },
      ingest: async (options = {}) => {
        calls.push(options);
        return { problems: [], changes: options.paths ? [change] : [] };
      },
    });
    await writeFile(path.join(dir, 'redaksi.md'), '---\nslug: redaksi\n---\n');
    const start = Date.now();
    while (received.length === 0 && Date.now() - start < 5_000)
      await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([{ paths: [path.join(dir, 'redaksi.md')] }]);
    expect(received).toEqual([
      { path: '/api/revalidate', auth: `Bearer ${processToken()}`, body: { changes: [change] } },
    ]);
  });
});

describe('publishingEnabled', () => {
  it('on in the production server, off in dev, tests and the build, unless WARTA_WATCH says', () => {
    expect(publishingEnabled({ NODE_ENV: 'production' })).toBe(true);
    expect(publishingEnabled({ NODE_ENV: 'production', WARTA_WATCH: '0' })).toBe(false);
    expect(
      publishingEnabled({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).toBe(false);
    expect(publishingEnabled({ NODE_ENV: 'test' })).toBe(false);
    expect(publishingEnabled({ NODE_ENV: 'development' })).toBe(false);
    expect(publishingEnabled({ NODE_ENV: 'test', WARTA_WATCH: '1' })).toBe(true);
  });
});
