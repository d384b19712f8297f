import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../content/document';
import { decide, hashText, type Manifest, type ManifestView, type WriteDecision } from './manifest';
import type { MappedFile as Made } from './map';

/**
 * The content folder as the import sees it: what it holds before the run, and a file written
 * there only as the manifest allows (./manifest.ts: never over an edit made in Warta unless
 * forced), each written file's hash recorded.
 */

/**
 * Files the content folder holds now: article ids and slugs, page slugs, author ids, and which
 * articles and pages are as the import wrote them (their hash the manifest's).
 */
export function existingContent(
  contentDir: string,
  manifest?: Pick<ManifestView, 'get' | 'has'>,
): ExistingContent {
  const ids = new Map<string, string>();
  const slugs = new Map<string, string>();
  const pages = new Set<string>();
  const authors = new Set<string>();
  const asRecorded = new Set<string>();
  const list = (dir: string, ext: string) =>
    existsSync(path.join(contentDir, dir))
      ? readdirSync(path.join(contentDir, dir)).filter(
          (name) => name.endsWith(ext) && !name.startsWith('.'),
        )
      : [];
  const read = (rel: string) => {
    const text = readFileSync(path.join(contentDir, rel), 'utf8');
    const recorded = manifest?.get(rel);
    if (recorded && recorded.hash === hashText(text)) asRecorded.add(rel);
    return text;
  };
  for (const name of list('articles', '.md')) {
    const rel = `articles/${name}`;
    const text = read(rel);
    const data = ((asRecorded.has(rel) && writtenKeys(text)) || parseDocument(text).data) as {
      id?: unknown;
      slug?: unknown;
    };
    // Copies: a slice of the file's text would keep the whole text, for every file of the folder.
    if (typeof data?.id === 'string') ids.set(ownCopy(data.id), rel);
    if (typeof data?.slug === 'string') slugs.set(ownCopy(data.slug), rel);
  }
  for (const name of list('pages', '.md')) {
    pages.add(name.slice(0, -3));
    if (manifest?.has(`pages/${name}`)) read(`pages/${name}`);
  }
  for (const name of list('authors', '.yaml')) authors.add(name.slice(0, -5));
  return { ids, slugs, pages, authors, asRecorded };
}

/** A string of its own, holding no reference to the text it was cut from. */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * The id and slug of an article file as the import writes it (./map.ts: YAML printed with one
 * line per top-level key, an id and a slug never quoted), read from their lines without parsing
 * the file; undefined when they are not there as such.
 */
function writtenKeys(text: string): { id: string; slug: string } | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const end = text.indexOf('\n---\n');
  const yaml = end < 0 ? '' : text.slice(4, end + 1);
  const id = /^id: ([a-z0-9-]+)\n/m.exec(yaml)?.[1];
  const slug = /^slug: ([a-z0-9-]+)\n/m.exec(yaml)?.[1];
  return id && slug ? { id, slug } : undefined;
}

export interface ExistingContent {
  /** Article id → the file holding it (content-relative). */
  ids: Map<string, string>;
  /** Article slug → the file holding it. */
  slugs: Map<string, string>;
  /** Page slugs. */
  pages: Set<string>;
  /** Author ids. */
  authors: Set<string>;
  /** Articles and pages on disk as the manifest recorded them. */
  asRecorded?: Set<string>;
}

export interface ContentWriter {
  /**
   * Writes `text` at `rel` (content-relative) when the manifest allows; says what it did. `made`:
   * what it was made from and the notes of its conversion, recorded with its hash.
   */
  write(rel: string, text: string, made?: Pick<Made, 'source' | 'notes'>): WriteDecision;
  /** A file left as the last run wrote it (its recorded outcome reused): unchanged. */
  keep(rel: string): WriteDecision;
  /** How many files were written. */
  written: number;
  /** How many files got each decision. */
  writes: Record<string, number>;
}

export function contentWriter(
  contentDir: string,
  manifest: Manifest,
  force: boolean,
): ContentWriter {
  const writer: ContentWriter = {
    written: 0,
    writes: {},
    write(rel, text, made) {
      const file = path.join(contentDir, rel);
      const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      const decision = decide(manifest, rel, current, text, force);
      writer.writes[decision] = (writer.writes[decision] ?? 0) + 1;
      if (decision === 'new' || decision === 'update') {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
        writer.written += 1;
      }
      if (decision !== 'edited' && decision !== 'foreign')
        manifest.set(
          rel,
          made?.source
            ? { hash: hashText(text), source: made.source, notes: made.notes }
            : { hash: hashText(text) },
        );
      return decision;
    },
    keep(rel) {
      manifest.keep(rel);
      writer.writes.unchanged = (writer.writes.unchanged ?? 0) + 1;
      return 'unchanged';
    },
  };
  return writer;
}
