import path from 'node:path';
import {
  OLD_ADDRESSES_FILE,
  oldAddressBatches,
  oldAddressLine,
  type OldAddress,
} from '../../content/old-addresses';
import { HashedStringSet } from './path-set';
import { recordFile } from './record-file';

/**
 * The old addresses of a run written to the content folder's record as they come
 * (`.wordpress-import/redirects.jsonl`; lib/content/old-addresses.ts holds its format and reads
 * it), in the order the run finds them, then those of earlier runs that this one did not give
 * again (an archive imported in parts keeps every part's): the same export gives the same file,
 * which then replaces nothing. The ingest takes them into the store from there. An old address
 * the run gives twice is written twice (the last line wins) and counted once.
 */

export interface OldAddressRecord {
  add(redirect: OldAddress): void;
  /** The earlier record's old addresses that this run did not give, added after this run's. */
  keepEarlier(): Promise<void>;
  /** How many old addresses the record holds. */
  readonly count: number;
  /** Finishes the record; whether it changed. */
  close(): boolean;
  /** Drops this run's record (the earlier one stays). */
  abandon(): void;
}

export function oldAddressRecord(contentDir: string): OldAddressRecord {
  const out = recordFile(path.join(contentDir, OLD_ADDRESSES_FILE));
  const written = new HashedStringSet(1 << 16);
  const kept = new HashedStringSet();
  return {
    add(redirect) {
      out.line(oldAddressLine(redirect));
      written.add(redirect.oldPath);
    },
    async keepEarlier() {
      // What the earlier record says that is no path is the ingest's to report, not this run's.
      for await (const batch of oldAddressBatches(contentDir, []))
        for (const earlier of batch) {
          if (written.has(earlier.oldPath)) continue;
          out.line(oldAddressLine(earlier));
          kept.add(earlier.oldPath);
        }
    },
    get count() {
      return written.size + kept.size;
    },
    close: () => out.close(),
    abandon: () => out.abandon(),
  };
}
