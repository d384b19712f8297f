import { strings } from '../../strings';
import { filtersOf, listPage } from '../list';
import { csrfToken } from '../tokens';
import { deskDocument, ShellView } from '../views';
import { type DeskDeps, gate } from './shared';

const t = strings.desk;

// ---- /ruang-redaksi ----

/**
 * The article list: the desk's drafts first, then the store's articles, filtered by the GET
 * form (`status`, `rubrik`, `penulis`, `q`), PER_PAGE a page (`halaman`), lib/desk/list.ts.
 */
export async function deskHome(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'use-desk');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const filters = filtersOf(new URL(request.url).searchParams);
  const [listed, sections, authors] = await Promise.all([
    listPage(deps, signedIn.user, filters),
    deps.content.sections(),
    deps.content.authors(),
  ]);
  return deskDocument(
    t.articlesHeading,
    <ShellView
      user={signedIn.user}
      csrf={csrfToken(signedIn.token)}
      articles={listed.rows}
      more={listed.more}
      filters={filters}
      sections={sections}
      authors={authors}
    />,
  );
}
