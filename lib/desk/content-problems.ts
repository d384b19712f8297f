import type { DeskUser } from '../store/accounts-port';
import type { ContentProblem, ContentProblemsStore } from '../store/content-problems-port';
import { type ListFilters, PER_PAGE } from './list';
import { can } from './roles';

/**
 * The content folder's files the ingest refused, as the list shows them to editors and admins
 * (writers can neither fix the folder nor publish): the first few above the unfiltered list's
 * first page, all of them page by page under the status `bermasalah`. The ingest keeps them in
 * the store (lib/ingest/problems.ts).
 */

/** How many problems the unfiltered list shows above the articles. */
export const PROBLEMS_PREVIEW = 10;

export interface ProblemsSection {
  problems: ContentProblem[];
  total: number;
  files: number;
  /** Only the first few, above the articles (else the `bermasalah` page). */
  preview: boolean;
  /** Another page of them follows (the `bermasalah` page). */
  more: boolean;
}

/** The filters as `user` may use them: `bermasalah` is no filter for whoever may not see it. */
export function filtersFor(user: DeskUser, filters: ListFilters): ListFilters {
  return filters.status === 'bermasalah' && !can(user.role, 'see-content-problems')
    ? { ...filters, status: undefined }
    : filters;
}

/** What the list shows of the refused files for `user` with `filters`; undefined for nothing. */
export async function problemsSection(
  store: ContentProblemsStore,
  user: DeskUser,
  filters: ListFilters,
): Promise<ProblemsSection | undefined> {
  if (!can(user.role, 'see-content-problems')) return undefined;
  if (filters.status === 'bermasalah') {
    const offset = (filters.page - 1) * PER_PAGE;
    const page = await store.contentProblems({ offset, limit: PER_PAGE });
    return { ...page, preview: false, more: page.total > offset + PER_PAGE };
  }
  const unfiltered = !(filters.status || filters.query || filters.section || filters.author);
  if (!unfiltered || filters.page > 1) return undefined;
  const page = await store.contentProblems({ offset: 0, limit: PROBLEMS_PREVIEW });
  return page.total ? { ...page, preview: true, more: false } : undefined;
}
