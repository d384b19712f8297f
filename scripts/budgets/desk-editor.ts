import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DESK_ASSET_DIR, type DeskAssetManifest } from '../../lib/desk/editor-asset';
import { deskEditorBudget } from './budgets';
import { sizeOf } from './measure';
import { kb } from './report';

/**
 * The desk's body editor as the server answers it (the name from desk-assets/manifest.json, the
 * asset build's): printed with its budget; the failures, if any (missing, not kept a year by
 * its hash, over budget).
 */
export async function checkDeskEditor(base: string): Promise<string[]> {
  const manifestFile = path.join(process.cwd(), DESK_ASSET_DIR, 'manifest.json');
  let manifest: DeskAssetManifest;
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as DeskAssetManifest;
  } catch {
    return [`desk editor: ${manifestFile} missing (npm run assets)`];
  }
  const url = new URL(`/ruang-redaksi/aset/${manifest.editor}`, base);
  const response = await fetch(url);
  if (response.status !== 200) return [`desk editor: ${url.pathname} answered ${response.status}`];
  const size = sizeOf(Buffer.from(await response.arrayBuffer()));
  const budget = deskEditorBudget;
  console.log(
    `\nThe desk's body editor (${url.pathname}, editor pages only): ${kb(size.raw)} KB raw ` +
      `(budget ${budget.raw}), ${kb(size.gzip)} KB gzip (budget ${budget.gzip}).`,
  );
  const failures: string[] = [];
  if (!/\bimmutable\b/.test(response.headers.get('cache-control') ?? '')) {
    failures.push(
      `desk editor: Cache-Control ${response.headers.get('cache-control')}, not immutable`,
    );
  }
  if (size.raw / 1024 > budget.raw) {
    failures.push(`desk editor: ${kb(size.raw)} KB raw > budget ${budget.raw} KB`);
  }
  if (size.gzip / 1024 > budget.gzip) {
    failures.push(`desk editor: ${kb(size.gzip)} KB gzip > budget ${budget.gzip} KB`);
  }
  return failures;
}
