import type { Article } from '../content/types';
import { foldWord } from '../search/fold';
import { strings } from '../strings';
import { normaliseQuery, parseQuery } from '../search/query';
import type { DeskUser } from '../store/accounts-port';
import type { DeskDraft } from '../store/drafts-port';
import type { DeskListPage, DeskListRequest, DeskStatus } from '../store/port';
import type { ArticleDeps } from './articles';
import { can } from './roles';
import type { DeskArticleRow } from './views';

/**
 * The article list on /ruang-redaksi at newsroom scale: the desk's own drafts (articles the store
 * does not hold yet) first, then the store's articles, filtered by the GET form's status
 * (`status`), section (`rubrik`), author (`penulis`) and words (`q`, the reader search's), page
 * by page (`halaman`). The store's part is one indexed query (lib/store's deskList); the drafts
 * are the newsroom's work in progress, read whole (at most DRAFTS_READ) and filtered here.
 */

export const PER_PAGE = 50;
/** The desk's drafts read for the list: work in progress, not the archive. */
export const DRAFTS_READ = 1_000;
/** The highest page asked for (an offset past it is a mistyped address). */
const MAX_PAGE = 10_000;

/** The status filter's values in the address, and what each lists. */
export const STATUS_PARAMS = {
  draf: 'draft',
  diajukan: 'review',
  terjadwal: 'scheduled',
  terbit: 'live',
  ditarik: 'withdrawn',
  /** Not an article's status: the content folder's refused files alone (./content-problems.ts). */
  bermasalah: 'problems',
} as const;
export type StatusParam = keyof typeof STATUS_PARAMS;

export interface ListFilters {
  status?: StatusParam;
  section?: string;
  author?: string;
  /** The search box as typed (normalised). */
  query: string;
  page: number;
}

/** The filters of `/ruang-redaksi?…`; anything unknown is no filter, a bad page is page 1. */
export function filtersOf(params: URLSearchParams): ListFilters {
  const status = params.get('status') ?? '';
  const page = Number(params.get('halaman') ?? '1');
  const value = (name: string) => {
    const text = (params.get(name) ?? '').trim().slice(0, 200);
    return text || undefined;
  };
  return {
    status: Object.hasOwn(STATUS_PARAMS, status) ? (status as StatusParam) : undefined,
    section: value('rubrik'),
    author: value('penulis'),
    query: normaliseQuery(params.get('q') ?? ''),
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The address of a page of the list with these filters (empty ones left out). */
export function listHref(home: string, filters: ListFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.status) params.set('status', filters.status);
  if (filters.section) params.set('rubrik', filters.section);
  if (filters.author) params.set('penulis', filters.author);
  if (page > 1) params.set('halaman', String(page));
  const query = params.toString();
  return query ? `${home}?${query}` : home;
}

export interface ListDeps extends ArticleDeps {
  /** The store's part of the list (lib/store's deskList). */
  articles: (request: DeskListRequest) => Promise<DeskListPage>;
}

/** Whether a draft matches every filter: its fields as typed, every word in its text. */
function draftMatches(draft: DeskDraft, filters: ListFilters, words: string[]): boolean {
  const status = filters.status && STATUS_PARAMS[filters.status];
  if (status && status !== draft.state) return false;
  const fields = draft.fields;
  if (filters.section && fields.section !== filters.section) return false;
  if (filters.author && !(fields.authors ?? '').split(/[\n,]/).includes(filters.author)) {
    return false;
  }
  if (!words.length) return true;
  const text = ['title', 'summary', 'tags', 'body']
    .map((name) => fields[name] ?? '')
    .join(' ')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(foldWord);
  return words.every((word) => text.some((have) => have.startsWith(word)));
}

/** A stored article's row: its status at `at`, its section and time. */
export function articleRow(article: Article, at: Date): DeskArticleRow {
  const status =
    article.status === 'draft'
      ? 'draft'
      : article.withdrawn
        ? 'withdrawn'
        : article.publishedAt > at
          ? 'scheduled'
          : 'published';
  return {
    id: article.id,
    title: article.title,
    status,
    section: article.section,
    publishedAt: article.publishedAt,
  };
}

/**
 * One page of the list for `user`: a writer sees the store's articles and their own drafts,
 * an editor or admin every draft too; each row says whether they may open it.
 */
export async function listPage(
  deps: ListDeps,
  user: DeskUser,
  filters: ListFilters,
): Promise<{ rows: DeskArticleRow[]; more: boolean }> {
  // The folder's refused files are no articles: their own section lists them.
  if (filters.status === 'bermasalah') return { rows: [], more: false };
  const terms = parseQuery(filters.query);
  const words = terms.map((term) => term.word);
  const editsAny = can(user.role, 'edit-any-article');
  const drafts = (await deps.drafts.drafts(DRAFTS_READ)).filter(
    (draft) => editsAny || draft.ownerId === user.id,
  );
  const now = deps.siteNow();
  // A draft of a stored article is a newer version of it: the store's row shows it.
  const storedDrafts = drafts.length
    ? await deps.articles({ now, ids: drafts.map((d) => d.id), offset: 0, limit: drafts.length })
    : undefined;
  const storedById = new Map(storedDrafts?.articles.map((article) => [article.id, article]));
  const pending = new Map(drafts.map((draft) => [draft.id, draft.state]));
  const storeRow = (article: Article): DeskArticleRow => ({
    ...articleRow(article, now),
    pending: pending.get(article.id),
    // A stored article (published, or a file's draft) is an editor's to change.
    editable: editsAny,
  });
  const draftRow = (draft: DeskDraft): DeskArticleRow => ({
    id: draft.id,
    title: draft.title || strings.desk.untitled,
    status: draft.state,
    section: draft.fields.section || undefined,
    editable: true,
  });
  const offset = (filters.page - 1) * PER_PAGE;
  const status = filters.status && STATUS_PARAMS[filters.status];
  if (status === 'review') {
    // In review is a desk state: new articles, and newer versions of stored ones.
    const inReview = drafts.filter((draft) => draftMatches(draft, filters, words));
    const rows = inReview.slice(offset, offset + PER_PAGE).map((draft) => {
      const stored = storedById.get(draft.id);
      return stored ? storeRow(stored) : draftRow(draft);
    });
    return { rows, more: inReview.length > offset + PER_PAGE };
  }
  const own = drafts.filter(
    (draft) => !storedById.has(draft.id) && draftMatches(draft, filters, words),
  );
  const draftRows = own.slice(offset, offset + PER_PAGE).map(draftRow);
  const limit = PER_PAGE - draftRows.length;
  const found = await deps.articles({
    now,
    status: status as DeskStatus | undefined,
    section: filters.section,
    author: filters.author,
    terms: terms.map((term) => ({ word: term.word, roots: [...term.roots] })),
    offset: Math.max(0, offset - own.length),
    // One at least, to tell whether a page follows a page full of drafts.
    limit: Math.max(1, limit),
  });
  const storeRows = found.articles.slice(0, limit).map(storeRow);
  return {
    rows: [...draftRows, ...storeRows],
    more: found.more || found.articles.length > limit || own.length > offset + PER_PAGE,
  };
}
