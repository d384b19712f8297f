// @ts-check
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { decodeEntry, encodeEntry } from './cache-entry-codec.mjs';
import { createLocalEntries } from './local-entries.mjs';
import { createRedisConnection } from './redis-connection.mjs';
import { entryTags, revalidationState, tagVerdict } from './tag-state.mjs';

/**
 * Next's incremental cache (`cacheHandler` in next.config.ts) on Redis, shared by every instance:
 * ISR pages (APP_PAGE), route handler responses (APP_ROUTE) and fetch entries are stored under
 * one key each, scoped to the build, and tag revalidations are timestamps in Redis that every
 * instance reads before it serves an entry. Interface as called by Next 16.4.6:
 * `get(key, ctx)`, `set(key, data, ctx)`, `revalidateTag(tags, durations?)`,
 * `resetRequestCache()`. Modelled on Next's Redis cache-handler example, on the official client.
 *
 * Each process keeps copies of the entries it served (lib/cache/local-entries.mjs): every entry
 * is written with a version (a second, small key), and a copy is served only after one `GET` of
 * that version confirms no instance has written the entry since, so a cached page costs a few
 * bytes from Redis instead of the whole entry fetched and decoded on every request. Tags are
 * checked on every get, copy or not.
 *
 * It fails open: Redis down or slow means a miss (the page renders locally), a write that is
 * dropped, and a revalidation kept in memory and written when Redis returns. Never a 5xx.
 */

/** Entries without a lifetime of their own are dropped after this long. */
const DEFAULT_TTL_SECONDS = 7 * 24 * 3600;
/** Revalidations remembered while Redis is down, replayed when it returns. */
const MAX_PENDING_REVALIDATIONS = 10_000;

const require = createRequire(import.meta.url);
/**
 * Next's in-process tag states, which its IncrementalCache consults to mark an entry stale
 * (`revalidateTag(tag, profile)`). Filled from Redis so stale-while-revalidate works across
 * instances; optional, because it is Next's internal module.
 * @type {Map<string, { stale?: number; expired?: number }> | undefined}
 */
const nextTagsManifest = (() => {
  try {
    return require('next/dist/server/lib/incremental-cache/tags-manifest.external.js').tagsManifest;
  } catch {
    return undefined;
  }
})();

/**
 * @typedef {object} RedisCacheOptions
 * @property {string} url
 * @property {string} [keyPrefix] Prefix of every key (several sites or tests on one Redis).
 * @property {string} [namespace] Scope of entries; default: the build id and deployment id, so
 *   a new build never serves pages that reference another build's assets.
 * @property {number} [commandTimeoutMs]
 * @property {number} [startupWaitMs]
 * @property {{ maxEntries?: number; maxBytes?: number }} [localCopies] Bounds of this process's
 *   copies of entries.
 * @property {(message: string) => void} [log]
 */

/**
 * A cache handler class bound to its own Redis connection (Next constructs one per request).
 * @param {RedisCacheOptions} options
 */
export function createRedisCacheHandler(options) {
  const keyPrefix = options.keyPrefix ?? 'warta:';
  const log = options.log ?? ((/** @type {string} */ message) => console.warn(message));
  const connection = createRedisConnection(options);
  const { commands } = connection;
  const staleKey = `${keyPrefix}tags:stale`;
  const expiredKey = `${keyPrefix}tags:expired`;
  /** @type {Map<string, { stale?: number; expired?: number }>} */
  const pending = new Map();
  /** @type {string | undefined} */
  let namespace = options.namespace;
  /** @type {ReturnType<typeof createLocalEntries<import('./cache-entry-codec.mjs').StoredEntry>>} */
  const local = createLocalEntries(options.localCopies);
  const debug = process.env.NEXT_PRIVATE_DEBUG_CACHE
    ? (/** @type {unknown[]} */ ...args) => console.log('[warta cache]', ...args)
    : () => {};

  /** @param {Map<string, { stale?: number; expired?: number }>} states */
  async function writeTagStates(states) {
    const stale = [];
    const expired = [];
    for (const [tag, state] of states) {
      if (state.stale !== undefined) stale.push(tag, String(state.stale));
      if (state.expired !== undefined) expired.push(tag, String(state.expired));
    }
    await Promise.all([
      stale.length ? commands.hSet(staleKey, stale) : undefined,
      expired.length ? commands.hSet(expiredKey, expired) : undefined,
    ]);
  }

  connection.onReady(() => {
    if (pending.size === 0) return;
    const replay = new Map(pending);
    pending.clear();
    writeTagStates(replay).then(
      () => debug('replayed revalidations', [...replay.keys()]),
      () => {
        for (const [tag, state] of replay) if (!pending.has(tag)) pending.set(tag, state);
      },
    );
  });

  /**
   * @param {string[]} tags
   * @returns {Promise<Array<{ stale?: number; expired?: number } | undefined>>}
   */
  async function readTagStates(tags) {
    const [stale, expired] = await Promise.all([
      commands.hmGet(staleKey, tags),
      commands.hmGet(expiredKey, tags),
    ]);
    return tags.map((tag, i) => {
      const state = {
        ...(stale[i] != null && { stale: Number(String(stale[i])) }),
        ...(expired[i] != null && { expired: Number(String(expired[i])) }),
      };
      const local = pending.get(tag);
      if (local) Object.assign(state, local);
      if (Object.keys(state).length === 0) return undefined;
      nextTagsManifest?.set(tag, state);
      return state;
    });
  }

  /** @param {string} key */
  function entryKey(key) {
    return `${keyPrefix}${namespace ?? 'default'}:entry:${key}`;
  }

  /** @param {string} redisKey */
  function versionKey(redisKey) {
    return `${redisKey}:version`;
  }

  /**
   * The entry as Redis has it now: this process's copy when its version is still current, else
   * the entry and its version read together (one MGET) and kept as the new copy.
   * @param {string} redisKey
   */
  async function currentEntry(redisKey) {
    const copy = local.get(redisKey);
    if (copy) {
      const version = await commands.get(versionKey(redisKey));
      if (version != null && String(version) === copy.version) return copy.value;
      local.delete(redisKey);
    }
    const [bytes, version] = await commands.mGet([redisKey, versionKey(redisKey)]);
    if (!bytes) return null;
    const entry = decodeEntry(/** @type {Buffer} */ (bytes));
    if (entry && version != null) {
      local.set(redisKey, { value: entry, version: String(version), bytes: bytes.length });
    }
    return entry;
  }

  return class RedisCacheHandler {
    /** @param {{ serverDistDir?: string }} [ctx] */
    constructor(ctx) {
      namespace ??= buildIdOf(ctx?.serverDistDir);
    }

    /**
     * @param {string} key
     * @param {import('./tag-state.mjs').TagContext} ctx
     */
    async get(key, ctx) {
      try {
        if (!(await connection.ready())) return null;
        const entry = await currentEntry(entryKey(key));
        if (!entry) return null;
        const tags = entryTags(/** @type {Parameters<typeof entryTags>[0]} */ (entry.value), ctx);
        if (tags.length > 0) {
          const verdict = tagVerdict(await readTagStates(tags), entry.lastModified, Date.now());
          if (verdict === 'expired') {
            debug('expired by tag', key);
            return null;
          }
        }
        return entry;
      } catch (error) {
        debug('get failed, rendering locally', key, error);
        return null;
      }
    }

    /**
     * @param {string} key
     * @param {unknown} data
     * @param {{ cacheControl?: { revalidate?: number | false; expire?: number }; tags?: string[] }} ctx
     */
    async set(key, data, ctx) {
      try {
        // Only the answers a shared cache may keep (a page, a redirect, a 404 or 410, the request
        // gate's one document per status): a 5xx (the 503 while the store is down) is an answer
        // for now, never the page; the entry already here stays, and the next request renders
        // again.
        if (!keptStatus(data)) {
          debug('status not stored', key);
          return;
        }
        if (!(await connection.ready())) return;
        const cacheControl = ctx?.cacheControl;
        const entry = { lastModified: Date.now(), value: data, cacheControl };
        const lifetime = cacheControl?.expire ?? DEFAULT_TTL_SECONDS;
        const ttl = Number.isFinite(lifetime)
          ? Math.max(1, Math.ceil(lifetime))
          : DEFAULT_TTL_SECONDS;
        const redisKey = entryKey(key);
        const bytes = encodeEntry(entry);
        const version = randomUUID();
        const expiration = { expiration: { type: 'EX', value: ttl } };
        local.delete(redisKey);
        await commands
          .multi()
          .set(redisKey, bytes, expiration)
          .set(versionKey(redisKey), version, expiration)
          .exec();
        // A decoded copy, not Next's object: what is served later is what Redis holds.
        const copy = decodeEntry(bytes);
        if (copy) local.set(redisKey, { value: copy, version, bytes: bytes.length });
      } catch (error) {
        debug('set failed, entry kept local only', key, error);
      }
    }

    /**
     * @param {string | string[]} tagOrTags
     * @param {{ expire?: number }} [durations]
     */
    async revalidateTag(tagOrTags, durations) {
      const tags = typeof tagOrTags === 'string' ? [tagOrTags] : tagOrTags;
      if (tags.length === 0) return;
      const state = revalidationState(Date.now(), durations);
      /** @type {Map<string, { stale?: number; expired?: number }>} */
      const states = new Map();
      for (const tag of tags) {
        const merged = { ...nextTagsManifest?.get(tag), ...state };
        nextTagsManifest?.set(tag, merged);
        states.set(tag, state);
      }
      try {
        if (!(await connection.ready())) throw new Error('Redis not connected');
        await writeTagStates(states);
      } catch (error) {
        // Kept and written when Redis returns; this instance already honours it.
        log(
          `[warta cache] revalidation of ${tags.length} tag(s) queued until Redis returns: ${
            error instanceof Error ? error.message : String(error)
          }`,
        );
        for (const [tag, tagState] of states) {
          if (pending.size >= MAX_PENDING_REVALIDATIONS) break;
          pending.set(tag, { ...pending.get(tag), ...tagState });
        }
      }
    }

    resetRequestCache() {}

    /** For tests and shutdown: closes this handler class's connection. */
    static async close() {
      await connection.close();
    }
  };
}

/**
 * The statuses a page or route handler response may be stored with: 200, the permanent
 * redirects, 404 and 410, and 400 and 405 (the request gate's documents, one URL each:
 * lib/http/gate-statuses.ts). Entries without a status (fetch data) are stored.
 */
const KEPT_STATUSES = new Set([200, 301, 308, 400, 404, 405, 410]);

/** @param {unknown} data */
function keptStatus(data) {
  const status = /** @type {{ status?: unknown } | null} */ (data)?.status;
  return typeof status !== 'number' || KEPT_STATUSES.has(status);
}

/**
 * The build's id and deployment id. Next 16 derives BUILD_ID from the sources, so two builds of
 * one commit with different deployment ids (asset URLs) share it: both are needed.
 * @param {string | undefined} serverDistDir
 */
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return undefined;
  try {
    const buildId = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    const deploymentId = process.env.NEXT_DEPLOYMENT_ID || process.env.WARTA_DEPLOYMENT_ID;
    return deploymentId ? `${buildId}:${deploymentId}` : buildId;
  } catch {
    return undefined;
  }
}

/** The handler next.config.ts points at: on WARTA_REDIS_URL; inert while `next build` runs. */
function handlerFromEnvironment() {
  const url = process.env.WARTA_REDIS_URL;
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') {
    return class NoSharedCache {
      async get() {
        return null;
      }
      async set() {}
      async revalidateTag() {}
      resetRequestCache() {}
    };
  }
  return createRedisCacheHandler({
    url,
    keyPrefix: process.env.WARTA_REDIS_PREFIX || 'warta:',
  });
}

export default handlerFromEnvironment();
