import type { Article, Page } from '../content/types';

/**
 * Records are kept as JSON; instants come back as Dates. The shapes are the validated ones from
 * lib/content, so reviving only turns the known instant fields back into Dates.
 */
const date = (value: unknown) => new Date(value as string);

export function serialise(record: Article | Page | object): string {
  return JSON.stringify(record);
}

export function reviveArticle(json: string): Article {
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
