import { strings } from '../../strings';
import { filtersFor, problemsSection } from '../content-problems';
import { filtersOf, listPage } from '../list';
import { csrfToken } from '../tokens';
import { deskDocument, ShellView } from '../views';
import { type DeskDeps, gate } from './shared';

const t = strings.desk;

// ---- /ruang-redaksi ----

/**
 * The article list: the desk's drafts first, then the store's articles, filtered by the GET
 * form (`status`, `rubrik`, `penulis`, `q`), PER_PAGE a page (`halaman`), lib/desk/list.ts; for
 * editors and admins the content folder's refused files above it (or alone, `status=bermasalah`),
 * lib/desk/content-problems.ts.
 */
export async function deskHome(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'use-desk');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const filters = filtersFor(signedIn.user, filtersOf(new URL(request.url).searchParams));
  const [listed, problems, sections, authors] = await Promise.all([
    listPage(deps, signedIn.user, filters),
    problemsSection(deps.problems, signedIn.user, filters),
    deps.content.sections(),
    deps.content.authors(),
  ]);
  return deskDocument(
    t.articlesHeading,
    <ShellView
      user={signedIn.user}
      csrf={csrfToken(signedIn.token)}
      articles={listed.rows}
      more={listed.more || Boolean(problems?.more)}
      problems={problems}
      filters={filters}
      sections={sections}
      authors={authors}
    />,
  );
}
