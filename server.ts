/**
 * Warta's production server: Next's documented custom server (`next({ … }).getRequestHandler()`)
 * behind the request path of lib/server/request-path.ts (micro-cache → request gate → route
 * lookup → Next), on an HTTP server whose answers leave whole (lib/http/whole-response.ts).
 * `npm start` runs it (compiled ahead by esbuild: scripts/dev/run-compiled.mjs); it takes the same
 * `-p`/`--port` and `-H`/`--hostname` as `next start`. `next dev` stays plain Next.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const env = process.env as Record<string, string | undefined>;
env.NODE_ENV ??= 'production';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
  },
});
const port = Number(values.port ?? env.PORT ?? 3000);
const hostname = values.hostname ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`port must be a number from 0 to 65535, not ${values.port ?? env.PORT}`);
  process.exit(2);
}

// Where this server listens, as `next start` leaves it for the code that calls its own server
// (the watcher's revalidation, lib/publishing/invalidation/own-server.ts).
env.PORT = String(port);
env.HOSTNAME = hostname;

// Loaded after NODE_ENV is set: React and Next read it when they load.
const [
  { default: next },
  { requestPath },
  { processMicroCache },
  { readerRoutes },
  { serverOptions },
] = await Promise.all([
  import('next'),
  import('./lib/server/request-path'),
  import('./lib/http/micro-cache'),
  import('./lib/server/reader-routes'),
  import('./lib/http/whole-response'),
]);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
// Runs instrumentation.ts: the store is opened and brought up to date before the first request.
await app.prepare();
const answer = requestPath({
  next: app.getRequestHandler(),
  microCache: processMicroCache(),
  lookup: readerRoutes(),
});
const server = createServer(serverOptions, (request, response) => {
  answer(request, response).catch((error: unknown) => {
    console.error('[server]', error);
    if (!response.headersSent) response.writeHead(500).end();
    else response.destroy();
  });
});
server.listen(port, hostname, () => {
  console.log(`Warta siap di http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
