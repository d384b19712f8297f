// @ts-check
import { deserialize, serialize } from 'node:v8';

/**
 * Cache entries as bytes. Entries hold Buffers (RSC payloads, route handler bodies) and Maps (RSC
 * segments) beside strings; V8's structured serialisation keeps all of them as they are, which
 * JSON would not. Every instance runs the same build on the same Node, and keys are scoped to the
 * build, so the format never has to be read by another version.
 */

/**
 * @typedef {{ lastModified: number; value: unknown; cacheControl?: unknown }} StoredEntry
 */

/** @param {StoredEntry} entry */
export function encodeEntry(entry) {
  return serialize(entry);
}

/**
 * @param {Buffer} bytes
 * @returns {StoredEntry | null} null for bytes that are not an entry (never throws)
 */
export function decodeEntry(bytes) {
  try {
    const entry = deserialize(bytes);
    return entry && typeof entry === 'object' && typeof entry.lastModified === 'number'
      ? entry
      : null;
  } catch {
    return null;
  }
}
