import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../content/document';
import { decide, hashText, type Manifest, type WriteDecision } from './manifest';

/**
 * The content folder as the import sees it: what it holds before the run, and a file written
 * there only as the manifest allows (./manifest.ts: never over an edit made in Warta unless
 * forced), each written file's hash recorded.
 */

/** Files the content folder holds now: article ids and slugs, page slugs, author ids. */
export function existingContent(contentDir: string) {
  const ids = new Map<string, string>();
  const slugs = new Map<string, string>();
  const pages = new Set<string>();
  const authors = new Set<string>();
  const list = (dir: string, ext: string) =>
    existsSync(path.join(contentDir, dir))
      ? readdirSync(path.join(contentDir, dir)).filter(
          (name) => name.endsWith(ext) && !name.startsWith('.'),
        )
      : [];
  for (const name of list('articles', '.md')) {
    const rel = `articles/${name}`;
    const data = parseDocument(readFileSync(path.join(contentDir, rel), 'utf8')).data as {
      id?: unknown;
      slug?: unknown;
    };
    if (typeof data?.id === 'string') ids.set(data.id, rel);
    if (typeof data?.slug === 'string') slugs.set(data.slug, rel);
  }
  for (const name of list('pages', '.md')) pages.add(name.slice(0, -3));
  for (const name of list('authors', '.yaml')) authors.add(name.slice(0, -5));
  return { ids, slugs, pages, authors };
}

export type ExistingContent = ReturnType<typeof existingContent>;

export interface ContentWriter {
  /** Writes `text` at `rel` (content-relative) when the manifest allows; says what it did. */
  write(rel: string, text: string): WriteDecision;
  /** The files written (absolute paths). */
  written: string[];
  /** How many files got each decision. */
  writes: Record<string, number>;
}

export function contentWriter(
  contentDir: string,
  manifest: Manifest,
  force: boolean,
): ContentWriter {
  const writer: ContentWriter = {
    written: [],
    writes: {},
    write(rel, text) {
      const file = path.join(contentDir, rel);
      const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      const decision = decide(manifest, rel, current, text, force);
      writer.writes[decision] = (writer.writes[decision] ?? 0) + 1;
      if (decision === 'new' || decision === 'update') {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
        writer.written.push(file);
      }
      if (decision !== 'edited' && decision !== 'foreign')
        manifest.files[rel] = { hash: hashText(text) };
      return decision;
    },
  };
  return writer;
}
