/**
 * The synthetic archive of the scale benchmarks (bench:scale, bench-ingest): copies of the
 * bundled articles with new ids, slugs and dates spread over ten years, written once under
 * .data/bench/content-N and reused.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseDocument } from '../lib/content/markdown';

export const BENCH_DIR = path.resolve('.data/bench');
/** The benchmarks' "now": every generated article is published before it. */
export const BENCH_NOW_ISO = '2024-12-24T12:00:00+07:00';
const END = Date.parse(BENCH_NOW_ISO) - 3_600_000;
const SPAN = 10 * 365 * 86_400_000;

export async function generate(n: number): Promise<string> {
  const root = path.join(BENCH_DIR, `content-${n}`);
  const marker = path.join(root, '.generated');
  if ((await readFile(marker, 'utf8').catch(() => '')) === String(n)) return root;
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'articles'), { recursive: true });
  for (const part of ['sections.yaml', 'authors', 'pages'])
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
    const at = new Date(END - Math.floor((i / n) * SPAN) - (i % 97) * 60_000);
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
  await writeFile(marker, String(n));
  return root;
}

export const articleId = (i: number) => `x${i.toString(36).padStart(7, '0')}`;
