/**
 * Measures what each template costs a reader on the production build, and fails when a budget
 * (scripts/budgets/budgets.ts) is exceeded. Run against a started server:
 *   BENCH_BASE_URL=http://127.0.0.1:3100 npm run bench:budget
 * The pages are found through the site (the news sitemap and the sitemaps), so it runs on any
 * corpus; BENCH_ARTICLE_PATH names the article to measure instead of the newest.
 */
import { parseArgs } from '../kit/args';
import { fetchText, templatePaths } from '../kit/pages';
import { budgetTable, kb, overruns } from '../budgets/report';
import { articlePaths, checkArticle, type ArticleCheck } from '../budgets/articles';
import { Fetcher, measureTemplate, type Template } from '../budgets/measure';
import { budgets, maxInlineScripts, type TemplateName } from '../budgets/budgets';
import { checkDeskEditor } from '../budgets/desk-editor';

parseArgs('BENCH_BASE_URL=http://127.0.0.1:3100 npm run bench:budget [BENCH_ARTICLE_PATH=…]');
const base = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:3100';

async function main(): Promise<number> {
  const paths = await templatePaths(fetchText(base));
  const templates: (Template & { name: TemplateName })[] = [
    { name: 'front', path: '/', status: 200 },
    { name: 'article', path: paths.article, status: 200 },
    { name: 'section', path: paths.section, status: 200 },
    { name: 'tag', path: paths.tag, status: 200 },
    { name: 'author', path: paths.author, status: 200 },
    { name: 'search', path: paths.search, status: 200 },
    { name: 'standing', path: '/redaksi', status: 200 },
    { name: 'not-found', path: '/halaman-yang-tidak-ada', status: 404 },
  ];
  const fetcher = new Fetcher(base);
  const measures = [];
  for (const template of templates) measures.push(await measureTemplate(fetcher, template));

  console.log(`Page weight on ${base} (gzip KB; fonts raw KB), measured / budget\n`);
  console.log(budgetTable(measures, budgets));
  const article = measures.find((m) => m.name === 'article')!;
  console.log(`\nScripts on the article: ${article.files.scripts.join(', ') || 'none'}`);

  const failures = overruns(measures, budgets).map(
    (o) => `${o.template}: ${o.what} ${o.measured.toFixed(1)} KB > budget ${o.budget} KB`,
  );
  for (const m of measures) {
    const expected = templates.find((t) => t.name === m.name)!.status;
    if (m.status !== expected) failures.push(`${m.name}: HTTP ${m.status}, expected ${expected}`);
    if (m.inlineScripts > maxInlineScripts) {
      failures.push(`${m.name}: ${m.inlineScripts} inline script(s) besides JSON-LD`);
    }
    if (m.rscPayload.raw) failures.push(`${m.name}: carries an RSC payload`);
  }

  const checks: ArticleCheck[] = [];
  for (const path of await articlePaths(fetcher)) checks.push(await checkArticle(fetcher, path));
  if (!checks.length) failures.push('no article found through /sitemap.xml');
  const sizes = checks.map((c) => c.htmlGzip);
  console.log(
    `\nEvery published article (${checks.length}, from the sitemaps): HTML ` +
      `${kb(Math.min(...sizes))} to ${kb(Math.max(...sizes))} KB gzip (budget ${budgets.article.html}).`,
  );
  for (const check of checks) {
    if (check.htmlGzip / 1024 > budgets.article.html) {
      failures.push(`${check.path}: HTML ${kb(check.htmlGzip)} KB > ${budgets.article.html} KB`);
    }
    if (check.frameworkScripts.length) {
      failures.push(`${check.path}: framework scripts ${check.frameworkScripts.join(', ')}`);
    }
    if (check.inlineScripts > maxInlineScripts) {
      failures.push(`${check.path}: ${check.inlineScripts} inline script(s) besides JSON-LD`);
    }
    if (check.rscPayload) failures.push(`${check.path}: carries an RSC payload`);
  }

  // No reader template loads anything of the desk.
  for (const m of measures) {
    const desk = m.files.scripts.filter((src) => src.startsWith('/ruang-redaksi/'));
    if (desk.length) failures.push(`${m.name}: loads the desk's ${desk.join(', ')}`);
  }
  failures.push(...(await checkDeskEditor(base)));

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
