import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { strings } from '../strings';
import type { ContentIssue } from './errors';
import { jsonLines } from './json-lines';
import { displayPath } from './paths';

/**
 * The old addresses a content folder keeps: a site brought in by `npm run import:wordpress`
 * leaves its record beside the content, in `.wordpress-import/` (the ingest and the watcher leave
 * dot folders alone): `redirects.jsonl` holds each old address of the site and the path of this
 * site it now lives at, one a line (`{"from":"/2024/05/banjir/","to":"/berita/wp-12/banjir"}`),
 * written and read as a stream (an archive has hundreds of thousands of them). The record is part
 * of the content: a store filled again from the folder takes them back from it
 * (lib/ingest/old-addresses.ts). An old address written twice answers with its last line.
 *
 * An import made before the record was split kept everything in one JSON file,
 * `.wordpress-import.json` (`{"files": {…}, "redirects": {old: new}}`): it is read whole, as
 * it was, until the next import replaces it.
 */

/** The folder of an import's records, inside the content folder. */
export const IMPORT_RECORD_DIR = '.wordpress-import';
/** The old addresses, content-relative. */
export const OLD_ADDRESSES_FILE = `${IMPORT_RECORD_DIR}/redirects.jsonl`;
/** The one JSON file of an earlier import (files and old addresses together). */
export const LEGACY_RECORD_FILE = '.wordpress-import.json';

export interface OldAddress {
  oldPath: string;
  target: string;
}

/** An old address as its line of the record (JSON, without the line's end). */
export function oldAddressLine(address: OldAddress): string {
  return JSON.stringify({ from: address.oldPath, to: address.target });
}

/** The record the folder holds: the old addresses' file, else an earlier import's one file. */
function recordFile(root: string): { file: string; legacy: boolean } | undefined {
  for (const [rel, legacy] of [
    [OLD_ADDRESSES_FILE, false],
    [LEGACY_RECORD_FILE, true],
  ] as const) {
    const file = path.join(/* turbopackIgnore: true */ root, rel);
    try {
      if (statSync(file).isFile()) return { file, legacy };
    } catch {
      // not there: the next one
    }
  }
  return undefined;
}

/** What an ingest compares to know whether the record changed: its name, time and size. */
export function importRecordStamp(root: string): string | undefined {
  const record = recordFile(root);
  if (!record) return undefined;
  const stat = statSync(record.file);
  return `${record.legacy ? 'json' : 'jsonl'}:${Math.round(stat.mtimeMs)}:${stat.size}`;
}

/** An old address is a path (a query allowed); its target a path of this site, never a host. */
const OLD_PATH = /^\/(?!\/)/;
const TARGET = /^\/(?!\/)[^\s]*$/;
const lineSchema = z.object({ from: z.string(), to: z.string() });
const legacySchema = z.object({ redirects: z.record(z.string(), z.string()).default({}) });
const s = strings.content;

/**
 * The record's old addresses, `size` at a time (none when the folder has no record). A line that
 * is not one, or an entry that is no path, is a problem of its own and leaves the rest as they
 * are; an earlier import's file that is not JSON is one problem, and gives none.
 */
export async function* oldAddressBatches(
  root: string,
  problems: ContentIssue[],
  size = 5_000,
): AsyncGenerator<OldAddress[]> {
  const record = recordFile(root);
  if (!record) return;
  const where = displayPath(record.file);
  const entries = record.legacy ? legacyEntries(record.file, where, problems) : lines(record.file);
  let batch: OldAddress[] = [];
  for await (const entry of entries) {
    if ('problem' in entry) {
      problems.push({ file: where, field: entry.field, message: entry.problem });
      continue;
    }
    const { oldPath, target, field } = entry;
    if (!OLD_PATH.test(oldPath) || !TARGET.test(target)) {
      problems.push({ file: where, field, message: s.oldAddressNotPath });
      continue;
    }
    batch.push({ oldPath, target });
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

type Entry = OldAddress & { field: string };
type Unreadable = { field: string; problem: string };

async function* lines(file: string): AsyncGenerator<Entry | Unreadable> {
  for await (const read of jsonLines(file)) {
    const field = s.oldAddressLine(read.line);
    const parsed = 'value' in read ? lineSchema.safeParse(read.value) : undefined;
    if (parsed?.success) yield { oldPath: parsed.data.from, target: parsed.data.to, field };
    else
      yield {
        field,
        problem: s.oldAddressUnreadable(
          'error' in read ? read.error : (parsed?.error.issues[0]?.message ?? ''),
        ),
      };
  }
}

function* legacyEntries(
  file: string,
  where: string,
  problems: ContentIssue[],
): Generator<Entry | Unreadable> {
  let parsed: z.infer<typeof legacySchema>;
  try {
    parsed = legacySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    problems.push({ file: where, field: 'redirects', message: s.oldAddressUnreadable(message) });
    return;
  }
  for (const [oldPath, target] of Object.entries(parsed.redirects))
    yield { oldPath, target, field: `redirects["${oldPath}"]` };
}

/** Every old address the folder records, the last of each kept (tests, small folders). */
export async function recordedOldAddresses(
  root: string,
  problems: ContentIssue[] = [],
): Promise<Map<string, string>> {
  const all = new Map<string, string>();
  for await (const batch of oldAddressBatches(root, problems))
    for (const { oldPath, target } of batch) all.set(oldPath, target);
  return all;
}
