import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pipeToNodeResponse } from 'next/dist/server/pipe-readable';
import { afterEach, describe, expect, it } from 'vitest';
import { serverOptions, WHOLE_RESPONSE_BYTES } from './whole-response';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/**
 * A server (plain, or with Warta's `serverOptions` when `whole`) that answers the way `next start` sends a route handler's Response (Next's own
 * pipeToNodeResponse: flushHeaders, then the body, then end), and records each write its
 * sockets hand to the operating system (Writable's _write/_writev: one call, one syscall).
 */
async function startServer(body: () => ReadableStream<Uint8Array>, whole = true) {
  const writes: string[] = [];
  const server = createServer(whole ? serverOptions : {}, (_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    void pipeToNodeResponse(body(), response);
  });
  server.on('connection', (socket: Socket) => {
    const spied = socket as Socket & {
      _write: (chunk: Buffer, encoding: string, callback: () => void) => void;
      _writev: (chunks: { chunk: Buffer | string }[], callback: () => void) => void;
    };
    const write = spied._write.bind(socket);
    const writev = spied._writev.bind(socket);
    spied._write = (chunk, encoding, callback) => {
      writes.push(String(chunk));
      write(chunk, encoding, callback);
    };
    spied._writev = (chunks, callback) => {
      writes.push(chunks.map(({ chunk }) => String(chunk)).join(''));
      writev(chunks, callback);
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, writes };
}

const page = (bytes: number) => '<!DOCTYPE html>' + 'a'.repeat(bytes - 15);
const bufferBody = (text: string) => () => new Response(text).body!;
/** Like renderDocument: React's stream, every chunk already queued (allReady). */
const chunkedBody = (text: string, chunkSize: number) => () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const bytes = new TextEncoder().encode(text);
      for (let at = 0; at < bytes.length; at += chunkSize) {
        controller.enqueue(bytes.subarray(at, at + chunkSize));
      }
      controller.close();
    },
  });

describe("Next's own write path, as it is", () => {
  it('sends headers, body and the end of a 47 kB page in separate writes', async () => {
    const { url, writes } = await startServer(bufferBody(page(47_000)), false);
    expect((await (await fetch(url)).text()).length).toBe(47_000);
    // The windows an instance can die in with a half-sent answer: what the module closes. If
    // this ever sees one write, Next sends whole by itself and the module can go.
    expect(writes.length).toBeGreaterThan(1);
    expect(writes[0]).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\n$/);
  });
});

describe('WholeResponse', () => {
  it('sends a page (one buffer) in one write: status line, headers, body and final chunk', async () => {
    const { url, writes } = await startServer(bufferBody(page(47_000)));
    const text = await (await fetch(url)).text();
    expect(text).toBe(page(47_000));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(writes[0]).toContain('<!DOCTYPE html>');
    expect(writes[0]!.endsWith('\r\n0\r\n\r\n')).toBe(true);
  });

  it("sends a rendered document (React's stream of many chunks) in one write", async () => {
    const { url, writes } = await startServer(chunkedBody(page(120_000), 4096));
    expect(await (await fetch(url)).text()).toBe(page(120_000));
    expect(writes).toHaveLength(1);
  });

  it('answers every request of a kept-alive connection whole', async () => {
    const { url, writes } = await startServer(bufferBody(page(30_000)));
    for (let i = 0; i < 3; i++) expect((await (await fetch(url)).text()).length).toBe(30_000);
    expect(writes).toHaveLength(3);
    for (const write of writes) expect(write.endsWith('\r\n0\r\n\r\n')).toBe(true);
  });

  it('streams an answer larger than its limit with backpressure, complete', async () => {
    const size = WHOLE_RESPONSE_BYTES * 3;
    const { url, writes } = await startServer(chunkedBody(page(size), 64 * 1024));
    expect((await (await fetch(url)).text()).length).toBe(size);
    expect(writes.length).toBeGreaterThan(1);
  });
});
