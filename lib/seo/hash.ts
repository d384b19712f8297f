import { createHash } from 'node:crypto';

/** A short, stable fingerprint of what an asset is made from; it goes into the asset's URL. */
export function fingerprint(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}
