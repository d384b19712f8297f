import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Article, Page } from '../content/types';

/**
 * Records are kept as JSON; instants come back as Dates. The shapes are the validated ones from
 * lib/content, so reviving only turns the known instant fields back into Dates.
 */
const date = (value: unknown) => new Date(value as string);

export function serialise(record: Article | Page | object): string {
  return JSON.stringify(record);
}

/**
 * An article's record as SQLite keeps it: its JSON deflated (0007). The record holds the body
 * twice, as Markdown and as plain text, and SQLite compresses nothing: deflate's window finds
 * the text in the Markdown before it, 6.7 KB of JSON become 1.9 KB. PostgreSQL keeps the JSON
 * as text (ts_headline reads its `text`), compressed by TOAST.
 */
export function packArticle(article: Article): Buffer {
  return deflateRawSync(serialise(article));
}

/** A stored article record: JSON, or JSON deflated by packArticle. */
export type StoredArticle = string | Uint8Array;

export function reviveArticle(stored: StoredArticle): Article {
  const json = typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8');
  const raw = JSON.parse(json) as Article;
  return {
    ...raw,
    publishedAt: date(raw.publishedAt),
    updatedAt: raw.updatedAt === undefined ? undefined : date(raw.updatedAt),
    modifiedAt: date(raw.modifiedAt),
    corrections: raw.corrections.map((c) => ({ ...c, date: date(c.date) })),
    withdrawn: raw.withdrawn && { ...raw.withdrawn, date: date(raw.withdrawn.date) },
  };
}

export function revivePage(json: string): Page {
  const raw = JSON.parse(json) as Page;
  return { ...raw, updatedAt: date(raw.updatedAt) };
}

export function reviveJson<T>(json: string): T {
  return JSON.parse(json) as T;
}
