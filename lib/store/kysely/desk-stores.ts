import { END_OF_TIME } from '../../now';
import { contentProblemsOf } from './content-problems';
import type { ContentStore, DeskListRequest } from '../port';
import { autosavesOf, draftsOf } from './drafts';
import { deskImagesOf } from './images';
import { presenceOf, revisionsOf } from './revisions';
import type { KyselyContentStore } from './store';

/** Every article, drafts and scheduled ones included, whatever its time. */
export const EVERY = { now: END_OF_TIME, includeDrafts: true };

/** How many tags and articles the editor offers as suggestions. */
export const SUGGESTED = 200;

/** The names of the SUGGESTED most used tags, for the editor's suggestions. */
export async function suggestedTags(store: Pick<ContentStore, 'tags'>): Promise<string[]> {
  const tags = await store.tags(EVERY);
  return tags
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, SUGGESTED)
    .map((tag) => tag.name);
}

/** The SUGGESTED newest articles (any status), their ids and headlines, for the editor's suggestions. */
export async function recentArticles(
  store: Pick<ContentStore, 'latest'>,
): Promise<{ id: string; title: string }[]> {
  return (await store.latest(EVERY, SUGGESTED)).map(({ id, title }) => ({ id, title }));
}

/**
 * What the desk reads and writes on one content store besides its accounts: the list, drafts,
 * autosaves, revisions, presence, the refused files' problems, uploaded images, and articles, sections and
 * authors as the editor sees them
 * (drafts and scheduled articles included, whatever their time).
 */
export function deskStoresOf(store: KyselyContentStore) {
  return {
    articles: (request: DeskListRequest) => store.deskList(request),
    drafts: draftsOf(store),
    autosaves: autosavesOf(store),
    revisions: revisionsOf(store),
    presence: presenceOf(store),
    problems: contentProblemsOf(store),
    images: deskImagesOf(store),
    content: {
      article: (id: string) => store.articleById(id, EVERY),
      sections: () => store.sections(),
      authors: () => store.authors(),
      tags: () => suggestedTags(store),
      recent: () => recentArticles(store),
    },
  };
}
