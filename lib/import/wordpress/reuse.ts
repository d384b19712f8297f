import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FirstPass } from './first-pass';
import type { ManifestView } from './manifest';
import {
  slugWithId,
  statusOf,
  wantedSlug,
  type MapContext,
  type MapResult,
  type SectionMap,
} from './map';
import type { WxrItem } from './wxr-records';

/**
 * A re-run converts only what changed. Each file the import writes is recorded in the manifest
 * with the key of what it was made from (`source`: the export's item, the slug asked for, and the
 * run's inputs below) and the notes its conversion gave. A later run that finds the same key for
 * a file still on disk as it was written takes the recorded outcome instead of converting the
 * post again: the file would come out the same, byte for byte.
 *
 * The run's inputs: the importer's own code (its source files and the locked dependency
 * versions, when they are there to read), the site's settings, the section mapping, every
 * attachment of the export, and the uploads folder's listing (names, sizes, times). Any change
 * to one of them converts every post again, as does `--force`.
 */

/** The files whose text decides what a conversion gives (relative to the project). */
const CODE = [
  'lib/import/wordpress',
  'lib/content',
  'lib/strings',
  'lib/slug.ts',
  'package-lock.json',
];

/** A hash of the importer's code: its sources and the dependency versions, as found. */
function codeKey(hash: Hash, root: string): void {
  const visit = (rel: string) => {
    const abs = path.join(/* turbopackIgnore: true */ root, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) {
        if (name.endsWith('.test.ts') || name === 'fixtures') continue;
        visit(`${rel}/${name}`);
      }
      return;
    }
    hash.update(`${rel}\n`).update(readFileSync(abs)).update('\n');
  };
  for (const rel of CODE) visit(rel);
}

/** Names, sizes and times of every file under `dir`. */
function listingKey(hash: Hash, dir: string): void {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of entries) {
    const stat = statSync(file);
    hash.update(`${path.relative(dir, file)}\t${stat.size}\t${stat.mtimeMs}\n`);
  }
}

/** The key of everything a run's conversions depend on besides the item itself. */
export function runKey(
  ctx: Pick<MapContext, 'site'>,
  sections: SectionMap,
  first: Pick<FirstPass, 'attachments'>,
  uploadsDir: string | undefined,
  projectRoot = process.cwd(),
): string {
  const hash = createHash('sha256');
  codeKey(hash, projectRoot);
  hash.update(JSON.stringify({ site: ctx.site, sections, uploads: uploadsDir ?? null }));
  for (const attachment of first.attachments.values()) hash.update(JSON.stringify(attachment));
  if (uploadsDir && existsSync(uploadsDir)) listingKey(hash, path.resolve(uploadsDir));
  return hash.digest('hex');
}

/** The key of one conversion: the run's inputs, the item as read, the slug asked for. */
export function sourceKey(run: string, item: WxrItem, slug: string | undefined): string {
  return createHash('sha256')
    .update(run)
    .update(JSON.stringify({ ...item, meta: [...item.meta] }))
    .update(`\n${slug ?? ''}`)
    .digest('base64url');
}

export type Kind = 'article' | 'page';

/** Maps a post or page as an article or a page (with the slug asked for, if any). */
export type MapOne = (item: WxrItem, ctx: MapContext, kind: Kind, slug?: string) => MapResult;

/**
 * `map`, unless the item's recorded outcome can be taken as it is (`file.reused`, no text);
 * `onDisk(rel)`: whether the file is there as the manifest recorded it. Without a run key
 * (`--force`) everything is mapped. `reusable(item, kind)`: whether the item would be taken as
 * recorded (nothing to convert ahead).
 */
export function reusingMapper(
  manifest: ManifestView,
  run: string | undefined,
  onDisk: (rel: string) => boolean,
  map: MapOne,
): { map: MapOne; reusable: (item: WxrItem, kind: Kind) => boolean } {
  // What was found for an item asked without a slug, kept for the map that follows reusable().
  const found = new WeakMap<WxrItem, ReturnType<typeof look>>();
  const recorded = (item: WxrItem, kind: Kind, slug: string | undefined) => {
    if (slug !== undefined) return look(item, kind, slug);
    if (!found.has(item)) found.set(item, look(item, kind, undefined));
    return found.get(item);
  };
  const look = (item: WxrItem, kind: Kind, slug: string | undefined) => {
    if (run === undefined) return undefined;
    const source = sourceKey(run, item, slug);
    const wanted = slug ?? wantedSlug(item);
    const rel = kind === 'article' ? `articles/wp-${item.postId}.md` : `pages/${wanted}.md`;
    const record = manifest.get(rel);
    const version = manifest.version(rel);
    const where = statusOf(item);
    const taken = record?.source === source && !!record.notes && !!where && onDisk(rel);
    return { source, wanted, rel, record, version, where, taken };
  };
  return {
    // An article recorded with its id in its slug (another file held the one it wanted) is asked
    // for with that slug again while the other file still holds it (./unique-files.ts).
    reusable: (item, kind) =>
      !!recorded(item, kind, undefined)?.taken ||
      (kind === 'article' && !!look(item, kind, slugWithId(wantedSlug(item), item.postId))?.taken),
    map: (item, ctx, kind, slug) => {
      const had = recorded(item, kind, slug);
      // Still the record it was taken for (not one this run wrote since, for an id seen twice).
      if (
        had?.taken &&
        had.where &&
        had.record?.notes &&
        manifest.version(had.rel) === had.version
      ) {
        if (kind === 'article') ctx.authorOf(item.creator);
        return {
          ok: true,
          file: {
            kind,
            wpId: item.postId,
            path: had.rel,
            id: kind === 'article' ? `wp-${item.postId}` : undefined,
            slug: had.wanted,
            tags: [],
            text: '',
            notes: had.record.notes.map((note) => ({ ...note })),
            status: kind === 'article' ? had.where.status : 'published',
            source: had.source,
            reused: true,
          },
        };
      }
      const mapped = map(item, ctx, kind, slug);
      if (mapped.ok && had) mapped.file.source = had.source;
      return mapped;
    },
  };
}
