/** Types of redis-cache-handler.mjs (plain ESM, because Next loads the handler at run time). */
export interface RedisCacheOptions {
  url: string;
  keyPrefix?: string;
  namespace?: string;
  commandTimeoutMs?: number;
  startupWaitMs?: number;
  /** Bounds of this process's copies of entries (default 500 entries, 64 MB). */
  localCopies?: { maxEntries?: number; maxBytes?: number };
  log?: (message: string) => void;
}
export interface StoredEntry {
  lastModified: number;
  value: unknown;
  cacheControl?: unknown;
}
export interface RedisCacheHandler {
  get(
    key: string,
    ctx: { kind: string; tags?: string[]; softTags?: string[] },
  ): Promise<StoredEntry | null>;
  set(
    key: string,
    data: unknown,
    ctx: { cacheControl?: { revalidate?: number | false; expire?: number }; tags?: string[] },
  ): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export interface RedisCacheHandlerClass {
  new (ctx?: { serverDistDir?: string }): RedisCacheHandler;
  close(): Promise<void>;
}
export function createRedisCacheHandler(options: RedisCacheOptions): RedisCacheHandlerClass;
declare const handlerFromEnvironment: RedisCacheHandlerClass;
export default handlerFromEnvironment;
