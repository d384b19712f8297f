import type { Article } from '../../content/types';
import { deskPaths } from '../../desk-paths';
import type { AccountsStore } from '../../store/accounts-port';
import type { ContentProblemsStore } from '../../store/content-problems-port';
import type { DeskImagesStore } from '../../store/images-port';
import type { DeskListPage, DeskListRequest } from '../../store/port';
import { strings } from '../../strings';
import type { ArticleDeps } from '../articles';
import { type AuthDeps, currentSession, type SignedIn } from '../auth';
import { clearedSessionCookie } from '../cookies';
import { type FormFields, readFormWithFiles, seeOther } from '../http';
import { fromThisSite } from '../origin';
import { can, type Permission } from '../roles';
import { csrfToken, csrfTokenMatches } from '../tokens';
import { deskDocument, ProblemView } from '../views';

/**
 * The desk's answers, one function per route and method (app/ruang-redaksi/** call them with
 * deskDeps()). Every page but sign-in and setup needs a live session; every POST is refused
 * unless it comes from a page of this site (origin.ts) and, once signed in, carries the
 * session's form token; every change is checked against the person's role (roles.ts).
 */

export interface DeskDeps extends AuthDeps, ArticleDeps {
  accounts: AccountsStore;
  now: () => Date;
  /** NODE_ENV=production: the cookie is Secure. */
  production: boolean;
  /** The site's own origin (siteConfig.url), accepted as a form's Origin. */
  siteOrigin: string;
  /** The store's part of the list on the desk's first page (lib/store's deskList). */
  articles: (request: DeskListRequest) => Promise<DeskListPage>;
  /** The content folder's files the ingest refused (the list shows them to editors and admins). */
  problems: ContentProblemsStore;
  /** WARTA_PREVIEW_SECRET: the editor links to the signed preview when it is set. */
  previewSecret?: string;
  /** The site's public/ folder: uploaded images are written under its images/desk/. */
  publicRoot: string;
  /** Uploaded images, kept in the store too, so that every instance has them. */
  images: DeskImagesStore;
  /**
   * An article made from the editor's form, rendered as its page would be (the article page's
   * components, lib/render/pages/preview.tsx); undefined when it cannot be (unknown section).
   */
  previewPage?: (article: Article) => Promise<Response | undefined>;
}

const t = strings.desk;

export function problem(
  message: string,
  status: number,
  signedIn?: SignedIn,
  headers?: Record<string, string>,
  details?: string[],
): Promise<Response> {
  const csrf = signedIn && csrfToken(signedIn.token);
  return deskDocument(
    t.name,
    <ProblemView message={message} user={signedIn?.user} csrf={csrf} details={details} />,
    status,
    headers,
  );
}

type Gate =
  | { kind: 'pass'; signedIn: SignedIn; form?: FormFields; files?: Map<string, File> }
  | { kind: 'answer'; response: Response | Promise<Response> };

/**
 * The checks in front of every signed-in route: a session (else to the sign-in page), the role's
 * permission (else 403); for a POST, the origin and the form token (else 403) and a form of
 * sane size (else 413).
 */
export async function gate(
  request: Request,
  deps: DeskDeps,
  permission: Permission,
  maxBytes?: number,
): Promise<Gate> {
  const post = request.method === 'POST';
  if (post && !fromThisSite(request.headers, deps.siteOrigin)) {
    return { kind: 'answer', response: problem(t.refusedOrigin, 403) };
  }
  const signedIn = await currentSession(deps, request.headers.get('cookie'), deps.production);
  if (!signedIn) {
    return {
      kind: 'answer',
      response: seeOther(deskPaths.signIn, { 'Set-Cookie': clearedSessionCookie(deps.production) }),
    };
  }
  if (!can(signedIn.user.role, permission)) {
    return { kind: 'answer', response: problem(t.refusedRole, 403, signedIn) };
  }
  if (!post) return { kind: 'pass', signedIn };
  const read = await readFormWithFiles(request, maxBytes);
  if (read === 'too-large') return { kind: 'answer', response: problem(t.tooLarge, 413, signedIn) };
  if (!csrfTokenMatches(signedIn.token, read.fields.get('csrf'))) {
    return { kind: 'answer', response: problem(t.refusedToken, 403, signedIn) };
  }
  return { kind: 'pass', signedIn, form: read.fields, files: read.files };
}

/** The names of the desk's people by id (revisions and presence name them). */
export async function namesById(deps: DeskDeps): Promise<Map<string, string>> {
  return new Map((await deps.accounts.users()).map((user) => [user.id, user.name || user.email]));
}

/** The id of /ruang-redaksi/artikel/<id>/revisi. */
export function revisionsIdOf(request: Request): string {
  const segments = new URL(request.url).pathname.split('/');
  try {
    return decodeURIComponent(segments[segments.length - 2] ?? '');
  } catch {
    return '';
  }
}

/** A revision number from the query or a form: a whole number, else undefined. */
export function revisionNumber(value: string | null | undefined): number | undefined {
  return value && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}
