import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import CachePolicy from 'http-cache-semantics';
import { strings } from '../strings';
import { captureAnswer } from './answer-capture';
import { GATE_STATUSES } from './gate-statuses';
import type { WholeResponse } from './whole-response';

/**
 * An instance's own one-second cache of the public answers it sent ("micro-caching", as nginx
 * does in front of an origin): while an answer is fresh, the same request is answered from
 * memory before Next's request pipeline runs.
 *
 * Why: a crowd that reaches an instance directly (the front cache down, restarted empty, or
 * bypassed) asks for one article URL hundreds of times a second. Next 16 spends about 0.5–1 ms
 * of CPU on each cached route-handler answer (router, route preparation, a web Request and
 * Response, web streams; docs/benchmarks.md, bench:load), so two cores stop at one or two thousand answers a
 * second with a tail of hundreds of milliseconds. Sent from memory, the same bytes cost a few
 * microseconds; Next answers the URL about once a second.
 *
 * What is kept: answers to GET of status KEPT_STATUSES (200, and the request gate's documents)
 * that a shared cache may keep fresh (`s-maxage` or `max-age`;
 * never `private`, `no-store` or `no-cache`; RFC 9111), without Set-Cookie, that vary on
 * nothing but Accept-Encoding and Next's router headers, up to MAX_BODY_BYTES; for
 * min(lifetime, their own s-maxage or max-age). The key is the host (with X-Forwarded-Host and
 * X-Forwarded-Proto), the URL and the Accept-Encoding header as sent.
 *
 * What always goes to Next: other methods; a request that asks a cache to check with the origin
 * (`Cache-Control: no-cache`, `Pragma: no-cache`); conditional and range requests; Next's router
 * requests (RSC, prefetch); draft mode (its cookie); Authorization.
 *
 * Freshness: publishing on this instance empties the cache (forgetMicroCachedAnswers, called
 * wherever revalidation is applied); another instance's copy lives at most its lifetime plus
 * STALE_WHILE_REFRESHING_MS. Once an answer is past its lifetime, one request goes to Next to
 * refresh it while the others get the old copy, for at most STALE_WHILE_REFRESHING_MS.
 */

export const MICRO_CACHE_DEFAULT_SECONDS = 1;
/** Answers larger than this (big images) are never kept. */
export const MAX_BODY_BYTES = 1 << 20;
export const MAX_ENTRIES = 500;
export const MAX_TOTAL_BYTES = 64 << 20;
/** How long the old copy may still be served while a refresh is under way. */
export const STALE_WHILE_REFRESHING_MS = 2000;

/** A page, and the documents the request gate answers with (one URL each, whatever was asked). */
export const KEPT_STATUSES: ReadonlySet<number> = new Set([200, ...GATE_STATUSES]);

/** Next's router headers: a request carrying one wants an RSC payload, not the document. */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];
const PASS_THROUGH_HEADERS = [
  ...ROUTER_HEADERS,
  'authorization',
  'range',
  'if-none-match',
  'if-modified-since',
  'if-match',
  'if-unmodified-since',
  'if-range',
];
const VARY_ALLOWED = new Set(['accept-encoding', ...ROUTER_HEADERS]);
/** Hop-by-hop and per-answer headers: Node writes its own. */
const NOT_STORED_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);
const DRAFT_MODE_COOKIE = '__prerender_bypass';

export interface StoredAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** When this copy stops being fresh (ms since the epoch). */
  freshUntil: number;
  /** Set while one request is refreshing this copy at Next. */
  refreshingSince?: number;
}

function headerText(value: string | string[] | number | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function asksForNoCache(request: IncomingMessage): boolean {
  const cacheControl = headerText(request.headers['cache-control']).toLowerCase();
  const pragma = headerText(request.headers.pragma).toLowerCase();
  return /(^|[\s,])no-cache\b/.test(cacheControl) || /(^|[\s,])no-cache\b/.test(pragma);
}

/** The request's key, or undefined when it must go to Next. */
export function microCacheKey(request: IncomingMessage): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const headers = request.headers;
  for (const name of PASS_THROUGH_HEADERS) if (headers[name] !== undefined) return undefined;
  if (headers.cookie?.includes(DRAFT_MODE_COOKIE)) return undefined;
  if (asksForNoCache(request)) return undefined;
  // What Next may build a URL from (the host and, behind a proxy, the forwarded host and scheme)
  // is in the key, so one host's answer never reaches another.
  return [
    headers.host,
    headerText(headers['x-forwarded-host']),
    headerText(headers['x-forwarded-proto']),
    request.url,
    headerText(headers['accept-encoding']),
  ].join(' ');
}

/**
 * How many milliseconds a shared cache may keep this answer fresh (0: not at all), by its status
 * and headers (RFC 9111, by http-cache-semantics: `no-store`, `private`, `no-cache`, `s-maxage`
 * over `max-age`, the answer's age), with no heuristic lifetime; capped at `capMs`. Only 200
 * KEPT_STATUSES answers without Set-Cookie that vary on nothing but Accept-Encoding and Next's
 * router headers. (The status is judged here: RFC 9111 lets any final status with an explicit
 * lifetime be kept, while http-cache-semantics only stores the heuristically cacheable ones.)
 */
export function storableLifetimeMs(
  status: number,
  headers: OutgoingHttpHeaders,
  capMs: number,
): number {
  if (!KEPT_STATUSES.has(status) || headers['set-cookie'] !== undefined) return 0;
  const varied = headerText(headers.vary)
    .toLowerCase()
    .split(',')
    .map((name) => name.trim());
  if (varied.some((name) => name !== '' && !VARY_ALLOWED.has(name))) return 0;
  const responseHeaders: CachePolicy.Headers = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) responseHeaders[name.toLowerCase()] = headerText(value);
  }
  const policy = new CachePolicy(
    // The request's own conditions were settled by microCacheKey.
    { method: 'GET', url: '/', headers: {} },
    { status: 200, headers: responseHeaders },
    { shared: true, cacheHeuristic: 0, immutableMinTimeToLive: 0 },
  );
  if (!policy.storable()) return 0;
  const freshMs = Math.max(0, policy.maxAge() - policy.age()) * 1000;
  return Math.min(freshMs, capMs);
}

export interface MicroCacheOptions {
  /** Longest a copy is served, in seconds; 0 turns the cache off. */
  seconds: number;
  maxEntries?: number;
  maxTotalBytes?: number;
  now?: () => number;
}

/** The answers of one process, by key; the oldest stored go first when it is full. */
export class MicroCache {
  private readonly entries = new Map<string, StoredAnswer>();
  private totalBytes = 0;
  /** Counts clear(): an answer Next began before a clear is not kept after it. */
  generation = 0;
  readonly lifetimeMs: number;
  private readonly maxEntries: number;
  private readonly maxTotalBytes: number;
  readonly now: () => number;

  constructor(options: MicroCacheOptions) {
    this.lifetimeMs = Math.max(0, options.seconds) * 1000;
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
    this.maxTotalBytes = options.maxTotalBytes ?? MAX_TOTAL_BYTES;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): StoredAnswer | undefined {
    return this.entries.get(key);
  }

  /** Keeps an answer if it may be kept; returns whether it was. */
  store(key: string, status: number, headers: OutgoingHttpHeaders, body: Buffer): boolean {
    const lifetime = storableLifetimeMs(status, headers, this.lifetimeMs);
    if (lifetime === 0 || body.length > MAX_BODY_BYTES) {
      this.forget(key);
      return false;
    }
    const kept: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!NOT_STORED_HEADERS.has(name.toLowerCase()) && value !== undefined) kept[name] = value;
    }
    kept['content-length'] = body.length;
    this.forget(key);
    this.entries.set(key, { status, headers: kept, body, freshUntil: this.now() + lifetime });
    this.totalBytes += body.length;
    this.evict();
    return true;
  }

  forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.totalBytes -= entry.body.length;
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.totalBytes = 0;
    this.generation += 1;
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.totalBytes <= this.maxTotalBytes) return;
      this.forget(key);
    }
  }
}

/** Sends a kept answer: status, headers and body in one write. */
function sendStored(response: WholeResponse, answer: StoredAnswer): void {
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

/**
 * Sends the kept answer to `request` if there is one fresh (or being refreshed by another
 * request), and returns true; returns false when the request must go on.
 */
export function sendFromMicroCache(
  cache: MicroCache,
  request: IncomingMessage,
  response: WholeResponse,
): boolean {
  const key = microCacheKey(request);
  if (key === undefined) return false;
  const now = cache.now();
  const entry = cache.get(key);
  if (entry && now < entry.freshUntil) {
    sendStored(response, entry);
    return true;
  }
  // Past its lifetime, while one request refreshes it at Next: the old copy, for a while.
  if (
    entry?.refreshingSince !== undefined &&
    now - entry.refreshingSince < STALE_WHILE_REFRESHING_MS
  ) {
    sendStored(response, entry);
    return true;
  }
  return false;
}

/**
 * Watches the answer Next gives `request` (a GET that may be kept, as it reaches Next) and keeps
 * it; meanwhile an old copy of it is served to others for a while.
 */
export function keepInMicroCache(
  cache: MicroCache,
  request: IncomingMessage,
  response: WholeResponse,
): void {
  // A HEAD has no body to keep: Next answers it.
  if (request.method !== 'GET') return;
  const key = microCacheKey(request);
  if (key === undefined) return;
  const entry = cache.get(key);
  if (entry) entry.refreshingSince = cache.now();
  const generation = cache.generation;
  captureAnswer(
    response,
    (answer) => {
      // Rendered before a publication emptied the cache: it may show what was just replaced.
      if (cache.generation !== generation) return;
      if (answer) cache.store(key, answer.status, answer.headers, answer.body);
      else if (cache.get(key) === entry) cache.forget(key);
    },
    (status, headers) => storableLifetimeMs(status, headers, cache.lifetimeMs) > 0,
    MAX_BODY_BYTES,
  );
}

/**
 * Answers `request` from the cache if it can, and returns true; otherwise returns false and
 * watches Next's answer to keep it (for a request that goes to Next as it is).
 */
export function answerFromMicroCache(
  cache: MicroCache,
  request: IncomingMessage,
  response: WholeResponse,
): boolean {
  if (sendFromMicroCache(cache, request, response)) return true;
  keepInMicroCache(cache, request, response);
  return false;
}

const globalKey = Symbol.for('warta.microCache');
type GlobalWithCache = typeof globalThis & { [globalKey]?: MicroCache };

/**
 * The lifetime in seconds from WARTA_MICRO_CACHE_SECONDS (0 turns it off); default 1. A value
 * that is not a number of seconds is reported in the log and the default is used: a bad setting
 * of a speed-up never takes the site down.
 */
export function microCacheSecondsFromEnv(
  env: Record<string, string | undefined> = process.env,
  warn: (line: string) => void = console.warn,
): number {
  const raw = env.WARTA_MICRO_CACHE_SECONDS?.trim();
  if (raw === undefined || raw === '') return MICRO_CACHE_DEFAULT_SECONDS;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  warn(strings.microCacheSettingIgnored(raw, MICRO_CACHE_DEFAULT_SECONDS));
  return MICRO_CACHE_DEFAULT_SECONDS;
}

/**
 * This process's cache (created once; a second call returns the first), or undefined when it is
 * turned off. Kept on globalThis: the routes that publish run in Next's own module graph and
 * empty it there (forgetMicroCachedAnswers).
 */
export function processMicroCache(seconds = microCacheSecondsFromEnv()): MicroCache | undefined {
  const holder = globalThis as GlobalWithCache;
  if (holder[globalKey]) return holder[globalKey];
  if (seconds <= 0) return undefined;
  const cache = new MicroCache({ seconds });
  holder[globalKey] = cache;
  return cache;
}

/**
 * Empties this process's cache: called wherever revalidation is applied, so a publication on
 * this instance shows on its next request. (Route bundles and instrumentation are separate
 * module graphs; the cache is found on globalThis.)
 */
export function forgetMicroCachedAnswers(): void {
  (globalThis as GlobalWithCache)[globalKey]?.clear();
}
