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
 * An article's record as the store keeps it: its JSON deflated (0007). The record holds the body
 * twice, as Markdown and as plain text; deflate's window finds the text in the Markdown before
 * it: 6.7 KB of JSON become 1.9 KB (SQLite compresses nothing; PostgreSQL's TOAST made 2.6 KB of
 * it, its window too short to reach the Markdown).
 */
export function packArticle(article: Article): Buffer {
  return deflateRawSync(serialise(article));
}

export function reviveArticle(stored: Uint8Array): Article {
  const raw = JSON.parse(inflateRawSync(stored).toString('utf8')) as Article;
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
