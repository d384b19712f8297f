import { END_OF_TIME } from '../../now';
import type { DeskListRequest } from '../port';
import { contentProblemsOf } from './content-problems';
import { autosavesOf, draftsOf } from './drafts';
import { deskImagesOf } from './images';
import { presenceOf, revisionsOf } from './revisions';
import type { KyselyContentStore } from './store';

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
      article: (id: string) => store.articleById(id, { now: END_OF_TIME, includeDrafts: true }),
      sections: () => store.sections(),
      authors: () => store.authors(),
    },
  };
}
