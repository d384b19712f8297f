import {
  findArticle,
  getAuthor,
  getSection,
  getTag,
  listAuthors,
  listSections,
} from '../../queries';
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

/**
 * Cards drawn at build: the site, every section and author. Article (and tag) cards are drawn
 * on first request, then cached by Next, so the build does not grow with the archive.
 */
export async function prerenderedShareCards(): Promise<ShareCard[]> {
  const [sections, authors] = await Promise.all([listSections(), listAuthors()]);
  return [siteCard(), ...sections.map(sectionCard), ...authors.map(authorCard)];
}
