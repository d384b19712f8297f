/**
 * Loads the Markdown files into the content store (SQLite by default, PostgreSQL with
 * WARTA_DATABASE_URL): only files whose content changed are written. Problems are printed one
 * line each, like content:check, and the command exits non-zero; valid files are stored anyway
 * and an invalid file never replaces the last good version of its article.
 */
import { ContentValidationError } from '../../lib/content/errors';
import { contentRoot, displayPath } from '../../lib/content/paths';
import { ingestContent } from '../../lib/ingest';
import { closeStores, describeStore, openStore, StoreUnreachableError } from '../../lib/store';

async function main(): Promise<number> {
  const root = contentRoot();
  const paths = process.argv.slice(2);
  const started = performance.now();
  const opened = await openStore(root);
  if (opened.rebuild)
    console.log(`${opened.rebuild}: memuat semua berkas dari ${displayPath(root)} …`);
  const { problems, changes } = await ingestContent({
    contentDir: root,
    paths: paths.length ? paths : undefined,
  });
  const ms = Math.round(performance.now() - started);
  console.log(
    `Konten ${displayPath(root)} → ${describeStore(opened.config)}: ${changes.length} perubahan, ${ms} ms.`,
  );
  await closeStores();
  if (problems.length) {
    console.error(new ContentValidationError(problems).message);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof StoreUnreachableError ? error.message : error);
    process.exit(1);
  },
);
