import type { ContentIssue } from '../content/errors';
import { importRecordStamp, readOldAddresses } from '../content/old-addresses';
import type { IngestState, WritableStore } from '../store/writer-port';

/**
 * The old addresses a content folder records (lib/content/old-addresses.ts) into the store's
 * redirects, through the writer port: on a full ingest, when the record changed since the last
 * one took it (its time and size, kept as a meta value) or the store is filled anew. So a
 * store deleted, rebuilt or new (another SQLite file, a new PostgreSQL database) answers the
 * imported site's old addresses again, with no import run.
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
  const redirects = readOldAddresses(root, problems);
  if (dryRun) return;
  await store.write(async (w) => {
    await w.putRedirects(redirects);
    await w.setMeta(OLD_ADDRESSES_META, stamp);
  });
}
