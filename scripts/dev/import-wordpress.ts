/**
 * A WordPress export (WXR) into the content folder:
 *
 *   npm run import:wordpress -- <export.xml> [--uploads <folder>] [--sections <map.yaml>]
 *                               [--force] [--report <file>] [--no-ingest]
 *                               [--dateline <text>] [--utc-offset +07:00]
 *
 * Run compiled ahead by esbuild (scripts/dev/run-compiled.mjs), as `npm run publish` is: tsx
 * would compile on every start, and its own process and loader thread cost memory and seconds.
 *
 * See lib/import/wordpress/run.ts. Prints a summary; the report (per post: imported, converted
 * approximately, not imported, with the reasons) is written to a JSON Lines file as the import
 * goes. Exits non-zero only when nothing could be read from the export.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, displayPath, publicRoot } from '../../lib/content/paths';
import { importWordpress, nothingUsable } from '../../lib/import/wordpress/run';
import { closeStores, StoreUnreachableError } from '../../lib/store';
import { strings } from '../../lib/strings';

const s = strings.wordpressImport.cli;

/** The command's options: `--name value` or `--name=value`; anything unknown is refused. */
const OPTIONS = {
  uploads: { type: 'string' },
  sections: { type: 'string' },
  force: { type: 'boolean' },
  report: { type: 'string' },
  'no-ingest': { type: 'boolean' },
  dateline: { type: 'string' },
  'utc-offset': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
    });
    return { values, positional: positionals };
  } catch (error) {
    console.error((error as Error).message);
    return undefined;
  }
}

async function main(): Promise<number> {
  const parsed = parse(process.argv.slice(2));
  if (!parsed) {
    console.log(s.usage);
    return 2;
  }
  const { values: options, positional } = parsed;
  const exportFile = positional[0];
  if (options.help || !exportFile) {
    console.log(s.usage);
    return exportFile || options.help ? 0 : 2;
  }
  if (!existsSync(exportFile)) {
    console.error(s.noFile(exportFile));
    return 2;
  }
  const uploads = options.uploads;
  if (uploads && !existsSync(uploads)) {
    console.error(s.noFile(uploads));
    return 2;
  }
  const offset = options['utc-offset'];
  if (offset !== undefined && !/^[+-]\d{2}:\d{2}$/.test(offset)) {
    console.error(s.badOffset(offset));
    return 2;
  }
  const reportFile = path.resolve(
    options.report || path.join('.data', 'wordpress-import', 'laporan.jsonl'),
  );
  const tty = process.stderr.isTTY;
  const result = await importWordpress({
    exportFile,
    contentDir: contentRoot(),
    publicDir: publicRoot(),
    uploadsDir: uploads,
    sectionsFile: options.sections,
    force: options.force,
    reportFile,
    ingest: !options['no-ingest'],
    dateline: options.dateline,
    utcOffset: offset,
    progress: (line) => {
      if (tty) process.stderr.write(`\r\x1b[2K${line}`);
      else if (line) process.stderr.write(`${line}\n`);
    },
  });
  await closeStores();
  const { summary, site } = result;
  if (result.proposedSections) {
    console.log(s.proposedSections);
    console.log(result.proposedSections.trimEnd());
  }
  console.log(
    s.header(displayPath(path.resolve(exportFile)), site?.title ?? '?', site?.wxrVersion ?? '?'),
  );
  console.log(
    s.line(
      s.articles,
      summary.articles.imported,
      summary.articles.approximate,
      summary.articles['not-imported'],
    ),
  );
  console.log(
    s.line(
      s.pages,
      summary.pages.imported,
      summary.pages.approximate,
      summary.pages['not-imported'],
    ),
  );
  console.log(
    s.others(summary.authors, summary.imagesCopied, summary.redirects, summary.otherItems),
  );
  console.log(s.writes(summary.writes));
  if (summary.ingestProblems) console.log(s.ingestProblems(summary.ingestProblems));
  if (summary.readError)
    console.error(
      nothingUsable(result) ? s.refused(summary.readError) : s.readError(summary.readError),
    );
  console.log(s.report(displayPath(reportFile)));
  return nothingUsable(result) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof StoreUnreachableError || error instanceof Error ? error.message : error,
    );
    process.exit(1);
  },
);
