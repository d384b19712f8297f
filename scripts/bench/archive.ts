/**
 * The synthetic archive of the scale benchmarks (bench:scale, scripts/bench/ingest.ts): the
 * bundled content, and beside its articles N copies of them with new ids and slugs, published at a newsroom's steady rate (a
 * hundred a day, like a busy regional newsroom) back from the benchmarks' "now", written once and reused. A fixed rate keeps what depends on the rate alike at every
 * size (a month's sitemap, the news sitemap's two days, a day's front page), so a route's figure
 * at 100,000 articles compares with its figure at 1,000: 1,000 articles are ten days, 100,000
 * about 2.7 years, 1,000,000 about 27.
 *
 * The archive is a content folder where a newsroom keeps one: inside the project
 * (bench-content/content-N, git-ignored), not under .data/, which the build's file tracing is
 * told to leave out. A build that traced content would show it at every size.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseDocument } from '../../lib/content/document';

export const BENCH_DIR = path.resolve('.data/bench');
/** Where generated archives are written: a content folder at the project's root. */
export const BENCH_CONTENT_DIR = path.resolve('bench-content');
/** The benchmarks' "now": every generated article is published before it. */
export const BENCH_NOW_ISO = '2024-12-24T12:00:00+07:00';
const END = Date.parse(BENCH_NOW_ISO) - 3_600_000;
export const ARTICLES_PER_DAY = 100;
const INTERVAL_MS = 86_400_000 / ARTICLES_PER_DAY;

export async function generate(n: number): Promise<string> {
  const root = path.join(BENCH_CONTENT_DIR, `content-${n}`);
  const marker = path.join(root, '.generated');
  const stamp = `${n} at ${ARTICLES_PER_DAY} a day, beside the bundled articles`;
  if ((await readFile(marker, 'utf8').catch(() => '')) === stamp) return root;
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'articles'), { recursive: true });
  // The bundled corpus as it is, the archive beside it: a newsroom's content folder.
  for (const part of ['sections.yaml', 'authors', 'pages', 'articles'])
    await cp(path.join('content', part), path.join(root, part), { recursive: true });
  const sources = [];
  for (const name of (await readdir('content/articles')).filter((f) => f.endsWith('.md')).sort()) {
    const text = await readFile(path.join('content/articles', name), 'utf8');
    const doc = parseDocument(text);
    sources.push({
      data: doc.data as Record<string, unknown>,
      body: doc.bodySource.replace(/^::baca-juga.*$/gm, ''),
    });
  }
  for (let i = 0; i < n; i++) {
    const source = sources[i % sources.length]!;
    const id = articleId(i);
    // Newest first, a few minutes' jitter so that neighbours do not keep one order.
    const at = new Date(END - Math.floor(i * INTERVAL_MS) - (i % 7) * 60_000);
    const data: Record<string, unknown> = {
      ...source.data,
      id,
      slug: `${String(source.data.slug).slice(0, 100)}-${i}`,
      publishedAt: at.toISOString().replace('.000Z', '+00:00'),
      related: [],
      status: 'published',
    };
    delete data.updatedAt;
    delete data.withdrawn;
    delete data.corrections;
    await writeFile(
      path.join(root, 'articles', `${id}.md`),
      `---\n${stringify(data)}---\n\n${source.body}\n`,
    );
    if ((i + 1) % 20_000 === 0) console.log(`  generated ${i + 1}/${n}`);
  }
  await writeFile(marker, stamp);
  return root;
}

export const articleId = (i: number) => `x${i.toString(36).padStart(7, '0')}`;

/** Edits one generated article's title (a new suffix each time): the benchmarks' one change. */
export async function editTitle(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    text.replace(/^title: (.*?)( \(diubah \d+\))?$/m, `title: $1 (diubah ${Date.now()})`),
  );
}
