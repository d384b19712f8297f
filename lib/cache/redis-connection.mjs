// @ts-check
import { createClient, RESP_TYPES } from 'redis';

/**
 * One Redis connection for the shared page cache, built to fail open: while Redis is down or slow,
 * every command gives up quickly (no offline queue, a short per-command timeout) and the caller
 * treats that as a cache miss, so the site renders locally instead of waiting. The client keeps
 * reconnecting in the background and the cache comes back by itself when Redis does.
 */

/**
 * @typedef {object} ConnectionOptions
 * @property {string} url Redis URL (redis://host:port/db).
 * @property {number} [commandTimeoutMs] A command slower than this counts as a miss.
 * @property {number} [connectTimeoutMs] Give up on one connection attempt after this long.
 * @property {number} [startupWaitMs] How long the first requests wait for the first connection.
 * @property {(message: string) => void} [log] Where state changes are reported (once per change).
 */

/** @param {ConnectionOptions} options */
export function createRedisConnection(options) {
  const {
    url,
    commandTimeoutMs = 300,
    connectTimeoutMs = 500,
    startupWaitMs = 1000,
    log = (message) => console.warn(message),
  } = options;
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      // Retry for ever, at most one attempt a second once the first few fail.
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000),
    },
  });
  /** Commands that give up after commandTimeoutMs and return Buffers for binary values. */
  const commands = client.withCommandOptions({
    timeout: commandTimeoutMs,
    typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer },
  });
  const where = redactedUrl(url);
  let down = false;
  /** @type {Array<() => void>} */
  const readyListeners = [];
  client.on('error', (/** @type {Error} */ error) => {
    // Without an error listener the client would crash the process; report each outage once.
    if (!down) log(`[warta cache] Redis ${where} unavailable, rendering locally: ${error.message}`);
    down = true;
  });
  client.on('ready', () => {
    if (down) log(`[warta cache] Redis ${where} is back`);
    down = false;
    for (const listener of readyListeners) listener();
  });
  const connecting = client.connect().then(
    () => true,
    () => false,
  );
  const startup = Promise.race([
    connecting,
    new Promise((resolve) => setTimeout(resolve, startupWaitMs).unref()),
  ]);

  return {
    commands,
    /** True when commands can be sent now; waits (once, at startup) for the first connection. */
    async ready() {
      await startup;
      return client.isReady;
    },
    /** Runs `listener` every time the connection becomes ready again (after an outage too). */
    onReady(/** @type {() => void} */ listener) {
      readyListeners.push(listener);
    },
    /** Closes the connection; never waits for a Redis that is not there. */
    async close() {
      if (client.isReady) await client.close().catch(() => client.destroy());
      else if (client.isOpen) client.destroy();
      await Promise.race([connecting, Promise.resolve()]);
    },
  };
}

/** @typedef {ReturnType<typeof createRedisConnection>} RedisConnection */

/** @param {string} url */
function redactedUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    parsed.username = '';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}
