// @ts-check
/**
 * This process's copies of shared cache entries, most recently used last (a Map keeps insertion
 * order). Each copy carries the version it was read or written with; the handler serves it only
 * after Redis confirms that version is still the current one, so a copy never outlives a newer
 * render from another instance. Bounded by count and by bytes (the encoded size).
 */

/**
 * @template T
 * @typedef {{ value: T; version: string; bytes: number }} LocalCopy
 */

/**
 * @template T
 * @param {{ maxEntries?: number; maxBytes?: number }} [limits]
 */
export function createLocalEntries({ maxEntries = 500, maxBytes = 64 * 1024 * 1024 } = {}) {
  /** @type {Map<string, LocalCopy<T>>} */
  const copies = new Map();
  let totalBytes = 0;

  /** @param {string} key */
  function remove(key) {
    const copy = copies.get(key);
    if (!copy) return;
    copies.delete(key);
    totalBytes -= copy.bytes;
  }

  return {
    /** @param {string} key */
    get(key) {
      const copy = copies.get(key);
      if (!copy) return undefined;
      copies.delete(key);
      copies.set(key, copy);
      return copy;
    },
    /**
     * @param {string} key
     * @param {LocalCopy<T>} copy
     */
    set(key, copy) {
      remove(key);
      if (copy.bytes > maxBytes) return;
      copies.set(key, copy);
      totalBytes += copy.bytes;
      for (const oldest of copies.keys()) {
        if (copies.size <= maxEntries && totalBytes <= maxBytes) break;
        remove(oldest);
      }
    },
    delete: remove,
    get size() {
      return copies.size;
    },
    get bytes() {
      return totalBytes;
    },
  };
}
