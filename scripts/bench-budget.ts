/**
 * Measures what each template costs a reader on the production build, and fails when a budget
 * (scripts/budgets.ts) is exceeded. Run against a started server:
 *   BENCH_BASE_URL=http://127.0.0.1:3100 BENCH_DIST_DIR=.next npm run bench:budget
 * BENCH_DIST_DIR (default NEXT_DIST_DIR or .next) is the served build, whose manifest names the
 * framework's chunks; without it, the chunks every template shares stand in for them.
 */
import { budgetTable, kb, overruns, sizeLine } from './budget-report';
import { articlePaths, payloadShare, type PayloadShare } from './budget-articles';
import { extractAssets } from './budget-assets';
import { Fetcher, frameworkChunks, measureTemplate, type Template } from './budget-measure';
import { budgets, maxPayloadShares, type TemplateName } from './budgets';

const base = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:3100';
const distDir = process.env.BENCH_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? '.next';

const SEED =
  '/berita/9c6a2a35/tentara-korea-utara-di-rusia-diberi-dokumen-palsu-1100-tewas-atau-terluka';

const templates: (Template & { name: TemplateName })[] = [
  { name: 'front', path: '/', status: 200 },
  { name: 'article', path: SEED, status: 200 },
  { name: 'section', path: '/kanal/internasional', status: 200 },
  { name: 'tag', path: '/tag/korea-utara', status: 200 },
  { name: 'author', path: '/penulis/rizki-pratama', status: 200 },
  { name: 'search', path: '/cari?q=korea', status: 200 },
  { name: 'standing', path: '/redaksi', status: 200 },
  { name: 'not-found', path: '/halaman-yang-tidak-ada', status: 404 },
];

const percent = (ratio: number) => `${Math.round(100 * ratio)}%`;

function intersection(sets: string[][]): Set<string> {
  const [first = [], ...rest] = sets;
  return new Set(first.filter((item) => rest.every((set) => set.includes(item))));
}

async function main(): Promise<number> {
  const fetcher = new Fetcher(base);
  const pages = await Promise.all(templates.map((t) => fetcher.page(t.path)));
  const scriptLists = pages.map((p) => extractAssets(p.html).scripts);

  let framework = await frameworkChunks(distDir);
  let floorSource = `${distDir}/build-manifest.json rootMainFiles`;
  if (!framework?.size || ![...framework].some((f) => scriptLists.flat().includes(f))) {
    framework = intersection(scriptLists);
    floorSource = 'the chunks every template loads (no matching build manifest)';
  }

  const measures = [];
  for (const template of templates) {
    measures.push(await measureTemplate(fetcher, template, framework));
  }

  const floor = await fetcher.total([...framework]);
  console.log(`Page weight on ${base} (gzip KB; fonts raw KB), measured / budget\n`);
  console.log(budgetTable(measures, budgets));
  console.log(`\nFramework floor (${floorSource}): ${kb(floor.gzip)} KB gzip JS.`);

  const article = measures.find((m) => m.name === 'article')!;
  console.log(`\nArticle HTML and its inline RSC payload (self.__next_f.push), ${article.path}:`);
  console.log(`  ${sizeLine('whole HTML', article.html)}`);
  console.log(`  ${sizeLine('markup without the payload', article.markup)}`);
  console.log(`  ${sizeLine('RSC payload', article.rscPayload)}`);
  console.log(
    `  the payload is ${percent(article.rscPayload.raw / article.html.raw)} of the HTML (raw)`,
  );

  console.log('  article scripts beyond the framework:');
  for (const script of article.files.scripts.filter((s) => !framework.has(s))) {
    console.log(`    ${script}: ${kb((await fetcher.total([script])).gzip)} KB gzip`);
  }

  const shares: PayloadShare[] = [];
  for (const path of await articlePaths(fetcher)) shares.push(await payloadShare(fetcher, path));
  const range = (key: 'served' | 'payload') => {
    const values = shares.map((share) => share[key]);
    return `${percent(Math.min(...values))} to ${percent(Math.max(...values))}`;
  };
  console.log(`\nEvery published article (${shares.length}, from the sitemaps), gzipped:`);
  console.log(
    `  served HTML / markup: ${range('served')} (limit ${percent(maxPayloadShares.served)})`,
  );
  console.log(
    `  RSC payload / markup: ${range('payload')} (limit ${percent(maxPayloadShares.payload)})`,
  );

  const failures = overruns(measures, budgets).map(
    (o) => `${o.template}: ${o.what} ${o.measured.toFixed(1)} KB > budget ${o.budget} KB`,
  );
  for (const m of measures) {
    const expected = templates.find((t) => t.name === m.name)!.status;
    if (m.status !== expected) failures.push(`${m.name}: HTTP ${m.status}, expected ${expected}`);
  }
  if (!shares.length) failures.push('no article found through /sitemap.xml');
  for (const share of shares) {
    for (const key of ['served', 'payload'] as const) {
      if (share[key] > maxPayloadShares[key]) {
        failures.push(`${share.path}: ${key} ${percent(share[key])} of the markup (gzip)`);
      }
    }
  }
  if (failures.length) {
    console.error(`\nOver budget:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    return 1;
  }
  console.log('\nAll budgets met.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:budget failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`Is a production server running on ${base}? (BENCH_BASE_URL)`);
    process.exit(2);
  },
);
