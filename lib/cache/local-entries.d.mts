/** Types of local-entries.mjs (plain ESM, loaded by the cache handler at run time). */
export interface LocalCopy<T> {
  value: T;
  version: string;
  bytes: number;
}
export interface LocalEntries<T> {
  get(key: string): LocalCopy<T> | undefined;
  set(key: string, copy: LocalCopy<T>): void;
  delete(key: string): void;
  readonly size: number;
  readonly bytes: number;
}
export function createLocalEntries<T>(limits?: {
  maxEntries?: number;
  maxBytes?: number;
}): LocalEntries<T>;
