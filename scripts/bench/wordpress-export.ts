/**
 * `npx tsx scripts/bench/wordpress-export.ts [--posts=100000]`
 *
 * A synthetic WordPress export (WXR 1.2) for the import benchmark (scripts/bench/import.ts):
 * N posts of about 4 KB each (100,000 ≈ 400 MB), written as a stream (one item in memory at a
 * time) and the same for the same N (seeded). A regional newsroom's mix: classic-editor posts
 * (wpautop paragraphs, `[caption]`, `[gallery ids=…]`, `[embed]`, `[video]`, `[audio]`, a
 * provider's URL alone on a line) and block-editor posts (paragraphs, headings, lists, quotes,
 * pull quotes, tables, image, gallery and embed blocks); YouTube, X, Instagram and TikTok embeds;
 * categories and tags; eight authors; attachments, most posts with a featured image
 * (`_thumbnail_id`); drafts, pending, scheduled, private, protected and trashed posts; some pages;
 * percent-encoded non-ASCII slugs and slugs used twice. The filler text is made from word lists.
 *
 * Written once under .data/bench/ (git-ignored) and reused while its stamp says the same N and
 * generator version.
 *
 * The parts, under scripts/bench/wordpress-export/: the word lists (words.ts) and the site's
 * categories and authors (site.ts), the seeded choices and filler text (generator.ts), the post
 * bodies (bodies.ts) and the XML items and header (items.ts). This file writes them as a stream.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from '../kit/args';
import { BENCH_DIR } from './archive';
import { Generator } from './wordpress-export/generator';
import { header, postItem } from './wordpress-export/items';

/** Bumped whenever the output changes, so an older file is not reused. */
const VERSION = 4;
const SEED = 20241224;

export function exportFile(posts: number): string {
  return path.join(BENCH_DIR, `wordpress-export-${posts}.xml`);
}

/** The export of `posts` posts: reused when there, else generated. Returns its path. */
export async function ensureExport(posts: number, log = console.log): Promise<string> {
  const file = exportFile(posts);
  const stampFile = `${file}.stamp`;
  const stamp = `wordpress-export v${VERSION}, ${posts} posts, seed ${SEED}`;
  const size = await stat(file).then(
    (s) => s.size,
    () => -1,
  );
  if (size > 0 && (await readFile(stampFile, 'utf8').catch(() => '')) === `${stamp}, ${size}`)
    return file;
  await mkdir(BENCH_DIR, { recursive: true });
  const started = performance.now();
  const partial = `${file}.partial`;
  await writeExport(partial, posts, log);
  await rename(partial, file);
  const written = (await stat(file)).size;
  await writeFile(stampFile, `${stamp}, ${written}`);
  log(
    `  export: ${posts.toLocaleString('en')} posts, ${(written / 1e6).toFixed(0)} MB ` +
      `(${Math.round(written / posts).toLocaleString('en')} B a post) in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return file;
}

/** Writes the export to `file`, waiting for the disk whenever a megabyte is pending. */
async function writeExport(file: string, posts: number, log: (line: string) => void) {
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  const write = async (text: string) => {
    if (!out.write(text))
      await Promise.race([
        new Promise<void>((resolve) => out.once('drain', () => resolve())),
        failed,
      ]);
  };
  const g = new Generator(SEED);
  // Oldest first, as WordPress exports; a hundred posts a day up to the benchmarks' "now".
  const end = Date.parse('2024-12-24T05:00:00Z');
  const interval = 864_000;
  await write(header());
  let pending = '';
  for (let i = 0; i < posts; i++) {
    pending += postItem(g, i, end - (posts - i) * interval);
    if (pending.length > 1 << 20) {
      await write(pending);
      pending = '';
    }
    if ((i + 1) % 20_000 === 0) log(`  export: ${i + 1}/${posts} posts`);
  }
  await write(`${pending}</channel>\n</rss>\n`);
  out.end();
  await finished(out);
}

if (process.argv[1] && /wordpress-export\.ts$/.test(process.argv[1])) {
  const { options } = parseArgs(
    'npx tsx scripts/bench/wordpress-export.ts [--posts=100000]\n' +
      '  Writes (or reuses) .data/bench/wordpress-export-<posts>.xml and prints its path.',
  );
  const posts = Number(options.get('posts') ?? 100_000);
  ensureExport(posts).then(
    (file) => console.log(file),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
