import {
  findArticle,
  getAuthor,
  getSection,
  getTag,
  listAuthors,
  listLatestArticles,
  listSections,
} from '../../content';
import {
  articleCard,
  authorCard,
  cardVersion,
  sectionCard,
  siteCard,
  tagCard,
  type ShareCard,
  type ShareCardKind,
} from '../share-card';

/** How many article share images are drawn at build; older ones are drawn on first request. */
const PRERENDERED_ARTICLES = 50;

export function isShareCardKind(value: string): value is ShareCardKind {
  return ['berita', 'kanal', 'tag', 'penulis', 'situs'].includes(value);
}

/** The card a share image URL stands for, as the content is now; undefined if there is none. */
export async function findShareCard(
  kind: ShareCardKind,
  key: string,
): Promise<ShareCard | undefined> {
  switch (kind) {
    case 'berita': {
      const found = await findArticle(key);
      const section = found?.state === 'live' && (await getSection(found.article.section));
      return found && section ? articleCard(found.article, section) : undefined;
    }
    case 'kanal': {
      const section = await getSection(key);
      return section && sectionCard(section);
    }
    case 'tag': {
      const tag = await getTag(key);
      return tag && tagCard(tag);
    }
    case 'penulis': {
      const author = await getAuthor(key);
      return author && authorCard(author);
    }
    case 'situs':
      return key === siteCard().key ? siteCard() : undefined;
  }
}

/** A share image URL is served only while its fingerprint matches what the content shows now. */
export async function resolveShareCard(kind: string, key: string, file: string) {
  if (!isShareCardKind(kind)) return undefined;
  const card = await findShareCard(kind, key);
  return card && file === `${cardVersion(card)}.png` ? card : undefined;
}

/** Cards drawn at build: the site, every section and author, and the latest articles. */
export async function prerenderedShareCards(): Promise<ShareCard[]> {
  const [articles, sections, authors] = await Promise.all([
    listLatestArticles(PRERENDERED_ARTICLES),
    listSections(),
    listAuthors(),
  ]);
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  return [
    siteCard(),
    ...sections.map(sectionCard),
    ...authors.map(authorCard),
    ...articles.flatMap((a) => {
      const section = sectionById.get(a.section);
      return section ? [articleCard(a, section)] : [];
    }),
  ];
}
