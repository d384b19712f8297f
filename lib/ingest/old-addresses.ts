import type { ContentIssue } from '../content/errors';
import { importRecordStamp, oldAddressBatches } from '../content/old-addresses';
import type { IngestState, WritableStore } from '../store/writer-port';

/**
 * The old addresses a content folder records (lib/content/old-addresses.ts) into the store's
 * redirects, through the writer port: on a full ingest, when the record changed since the last
 * one took it (its time and size, kept as a meta value) or the store is filled anew. So a
 * store deleted, rebuilt or new (another SQLite file, a new PostgreSQL database) answers the
 * imported site's old addresses again, with no import run. The record is read as a stream and
 * written a batch at a time, all in one transaction: readers see the old set or the new one.
 */

export const OLD_ADDRESSES_META = 'old_addresses_stamp';

export async function takeOldAddresses(
  store: WritableStore,
  root: string,
  state: Pick<IngestState, 'meta'>,
  rebuild: boolean,
  problems: ContentIssue[],
  dryRun: boolean,
): Promise<void> {
  const stamp = importRecordStamp(root);
  if (stamp === undefined) return;
  if (!rebuild && !dryRun && state.meta.get(OLD_ADDRESSES_META) === stamp) return;
  if (dryRun) {
    for await (const batch of oldAddressBatches(root, problems)) void batch;
    return;
  }
  await store.write(async (w) => {
    for await (const batch of oldAddressBatches(root, problems)) await w.putRedirects(batch);
    await w.setMeta(OLD_ADDRESSES_META, stamp);
  });
}
