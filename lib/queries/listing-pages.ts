import {
  getAuthor,
  getSection,
  getTag,
  listArticlesByAuthor,
  listArticlesBySection,
  listArticlesByTag,
  listAuthors,
  listLatestArticles,
  listSections,
  listTags,
} from './index';
import { laterPages } from '../pagination';

/**
 * What the section, tag and author pages show, each assembled from the content getters.
 * undefined means 404: an unknown section, tag or author, or a page number past the end.
 */

const LATEST_BESIDE_LISTINGS = 6;

export async function sectionListing(sectionId: string, page: number) {
  const [section, list, latest] = await Promise.all([
    getSection(sectionId),
    listArticlesBySection(sectionId, page),
    listLatestArticles(LATEST_BESIDE_LISTINGS),
  ]);
  return section && list ? { section, list, latest } : undefined;
}

export async function tagListing(tagSlug: string, page: number) {
  const [tag, list, latest, sections] = await Promise.all([
    getTag(tagSlug),
    listArticlesByTag(tagSlug, page),
    listLatestArticles(LATEST_BESIDE_LISTINGS),
    listSections(),
  ]);
  // getTag normalises the slug; only the canonical spelling is a page.
  return tag && tag.slug === tagSlug && list ? { tag, list, latest, sections } : undefined;
}

export async function authorListing(authorId: string, page: number) {
  const [author, list, latest, sections] = await Promise.all([
    getAuthor(authorId),
    listArticlesByAuthor(authorId, page),
    listLatestArticles(LATEST_BESIDE_LISTINGS),
    listSections(),
  ]);
  return author && list ? { author, list, latest, sections } : undefined;
}

/**
 * How many later pages of each listing the build prerenders; the rest (page 2,000 of a big
 * section) render on first request and are cached, so the build stays flat as the archive grows.
 */
export const LATER_PAGES_PRERENDERED = 1;

/** The most used tags whose pages the build prerenders (an archive may have tens of thousands). */
export const TAGS_PRERENDERED = 100;

/** The tags whose pages the build prerenders. */
export async function prerenderedTags() {
  return (await listTags()).slice(0, TAGS_PRERENDERED);
}

const prerendered = (totalPages = 1) =>
  laterPages(Math.min(totalPages, 1 + LATER_PAGES_PRERENDERED));

/** Static params for "/kanal/<id>/halaman/2"; likewise for tags and authors below. */
export async function sectionPageParams() {
  const sections = await listSections();
  const lists = await Promise.all(sections.map((s) => listArticlesBySection(s.id, 1)));
  return sections.flatMap((s, i) =>
    prerendered(lists[i]?.totalPages).map((page) => ({ section: s.id, page })),
  );
}

export async function tagPageParams() {
  const tags = await prerenderedTags();
  const lists = await Promise.all(tags.map((t) => listArticlesByTag(t.slug, 1)));
  return tags.flatMap((t, i) =>
    prerendered(lists[i]?.totalPages).map((page) => ({ tag: t.slug, page })),
  );
}

export async function authorPageParams() {
  const authors = await listAuthors();
  const lists = await Promise.all(authors.map((a) => listArticlesByAuthor(a.id, 1)));
  return authors.flatMap((a, i) =>
    prerendered(lists[i]?.totalPages).map((page) => ({ author: a.id, page })),
  );
}
