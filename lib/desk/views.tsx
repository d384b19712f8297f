import type { ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server.edge';
import { deskPaths } from '../desk-paths';
import { formatDateTimeWib } from '../dates';
import { siteConfig } from '../site-config';
import type { DeskUser, StoredAuditEntry } from '../store/accounts-port';
import { ROLES } from '../store/accounts-port';
import { strings } from '../strings';
import { can } from './roles';
import { DESK_CSS_VERSION } from './stylesheet';
import { DESK_HEADERS } from './http';

/**
 * The desk's documents, rendered like reader pages by React's server renderer into a complete
 * document, but their own: no reader script, stylesheet, fonts or footer, no script at all
 * (every form works without JavaScript), and answers no cache keeps.
 */

const t = strings.desk;

export interface DeskArticleRow {
  id: string;
  title: string;
  status: 'draft' | 'scheduled' | 'published';
  publishedAt: Date;
}

function DeskDocument({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang={siteConfig.lang}>
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${t.name} · ${siteConfig.name}`}</title>
        <link rel="stylesheet" href={`${deskPaths.stylesheet}?v=${DESK_CSS_VERSION}`} />
      </head>
      <body>
        <a className="desk-skip" href="#isi">
          {strings.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}

export async function deskDocument(
  title: string,
  body: ReactNode,
  status = 200,
  headers: Record<string, string> = {},
): Promise<Response> {
  const stream = await renderToReadableStream(<DeskDocument title={title}>{body}</DeskDocument>);
  await stream.allReady;
  return new Response(stream, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...DESK_HEADERS, ...headers },
  });
}

function Messages({ notice, problem }: { notice?: string; problem?: string }) {
  return (
    <>
      {notice && (
        <p className="desk-notice" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p className="desk-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

export function DeskHeader({ user, csrf }: { user?: DeskUser; csrf?: string }) {
  return (
    <header className="desk-header">
      <p className="desk-header__title">
        <a href={deskPaths.home}>{t.name}</a>
      </p>
      {user && csrf && (
        <nav className="desk-nav" aria-label={t.navLabel}>
          <a href={deskPaths.home}>{t.articlesHeading}</a>
          {can(user.role, 'manage-people') && <a href={deskPaths.people}>{t.peopleLink}</a>}
          <span>{t.signedInAs(user.name, t.roles[user.role])}</span>
          <form method="post" action={deskPaths.signOut}>
            <Csrf token={csrf} />
            <button type="submit" className="desk-button--quiet">
              {t.signOutButton}
            </button>
          </form>
          <form method="post" action={deskPaths.signOut}>
            <Csrf token={csrf} />
            <input type="hidden" name="semua" value="1" />
            <button type="submit" className="desk-button--quiet">
              {t.signOutEverywhereButton}
            </button>
          </form>
        </nav>
      )}
    </header>
  );
}

export function SignInView({
  email = '',
  notice,
  problem,
}: {
  email?: string;
  notice?: string;
  problem?: string;
}) {
  return (
    <>
      <DeskHeader />
      <main id="isi" className="desk-main desk-main--narrow">
        <h1>{t.signInTitle}</h1>
        <Messages notice={notice} problem={problem} />
        <form className="desk-form" method="post" action={deskPaths.signIn}>
          <label>
            {t.email}
            <input
              type="email"
              name="email"
              autoComplete="username"
              required
              defaultValue={email}
            />
          </label>
          <label>
            {t.password}
            <input type="password" name="password" autoComplete="current-password" required />
          </label>
          <button type="submit">{t.signInButton}</button>
        </form>
      </main>
    </>
  );
}

export function ShellView({
  user,
  csrf,
  articles,
}: {
  user: DeskUser;
  csrf: string;
  articles: DeskArticleRow[];
}) {
  return (
    <>
      <DeskHeader user={user} csrf={csrf} />
      <main id="isi" className="desk-main">
        <h1>{t.articlesHeading}</h1>
        <p className="desk-note">{t.articlesNote}</p>
        {articles.length === 0 ? (
          <p>{t.articlesEmpty}</p>
        ) : (
          <div className="desk-table-box">
            <table className="desk-table">
              <thead>
                <tr>
                  <th scope="col">{t.headline}</th>
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {articles.map((article) => (
                  <tr key={article.id}>
                    <td>{article.title}</td>
                    <td>
                      <span className="desk-status">{t.articleStatus[article.status]}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </>
  );
}

function RoleSelect({ name, value }: { name: string; value?: string }) {
  return (
    <select name={name} defaultValue={value ?? 'penulis'}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t.roles[role]}
        </option>
      ))}
    </select>
  );
}

export function PeopleView({
  user,
  csrf,
  people,
  audit,
  notice,
  problem,
}: {
  user: DeskUser;
  csrf: string;
  people: DeskUser[];
  audit: StoredAuditEntry[];
  notice?: string;
  problem?: string;
}) {
  return (
    <>
      <DeskHeader user={user} csrf={csrf} />
      <main id="isi" className="desk-main">
        <h1>{t.peopleHeading}</h1>
        <Messages notice={notice} problem={problem} />
        <div className="desk-table-box">
          <table className="desk-table">
            <thead>
              <tr>
                <th scope="col">{t.name_}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <td>{person.name}</td>
                  <td>{person.email}</td>
                  <td>
                    <form className="desk-form--inline" method="post" action={deskPaths.people}>
                      <Csrf token={csrf} />
                      <input type="hidden" name="aksi" value="peran" />
                      <input type="hidden" name="orang" value={person.id} />
                      <label>
                        <span className="desk-skip">{t.role}</span>
                        <RoleSelect name="peran" value={person.role} />
                      </label>
                      <button type="submit" className="desk-button--quiet">
                        {t.changeRoleButton}
                      </button>
                    </form>
                  </td>
                  <td>
                    <p>{person.disabled ? t.disabled : t.active}</p>
                    <form className="desk-form--inline" method="post" action={deskPaths.people}>
                      <Csrf token={csrf} />
                      <input type="hidden" name="orang" value={person.id} />
                      <button
                        type="submit"
                        name="aksi"
                        value={person.disabled ? 'aktifkan' : 'nonaktifkan'}
                        className="desk-button--quiet"
                      >
                        {person.disabled ? t.enableButton : t.disableButton}
                      </button>
                      <button
                        type="submit"
                        name="aksi"
                        value="keluarkan"
                        className="desk-button--quiet"
                      >
                        {t.signOutUserButton}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h2>{t.addPersonHeading}</h2>
        <form className="desk-form" method="post" action={deskPaths.people}>
          <Csrf token={csrf} />
          <input type="hidden" name="aksi" value="tambah" />
          <label>
            {t.name_}
            <input name="name" required autoComplete="off" />
          </label>
          <label>
            {t.email}
            <input type="email" name="email" required autoComplete="off" />
          </label>
          <label>
            {t.role}
            <RoleSelect name="peran" />
          </label>
          <label>
            {t.password}
            <input type="password" name="password" required autoComplete="new-password" />
          </label>
          <button type="submit">{t.addPersonButton}</button>
        </form>

        <h2>{t.auditHeading}</h2>
        <div className="desk-table-box">
          <table className="desk-table">
            <thead>
              <tr>
                <th scope="col">{t.auditWhen}</th>
                <th scope="col">{t.auditWho}</th>
                <th scope="col">{t.auditWhat}</th>
                <th scope="col">{t.auditTarget}</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at.toISOString()}>{formatDateTimeWib(entry.at)}</time>
                  </td>
                  <td>{entry.actorEmail || t.auditSystem}</td>
                  <td>{entry.detail ? `${entry.action} (${entry.detail})` : entry.action}</td>
                  <td>{entry.target || null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </>
  );
}

export function SetupView({
  token,
  state,
  problem,
}: {
  token: string;
  state: 'form' | 'invalid' | 'exists';
  problem?: string;
}) {
  return (
    <>
      <DeskHeader />
      <main id="isi" className="desk-main desk-main--narrow">
        <h1>{t.setupTitle}</h1>
        {state === 'invalid' && <Messages problem={t.setupInvalid} />}
        {state === 'exists' && (
          <p>
            {t.setupDone} <a href={deskPaths.signIn}>{t.signInButton}</a>
          </p>
        )}
        {state === 'form' && (
          <>
            <p>{t.setupIntro}</p>
            <Messages problem={problem} />
            <form className="desk-form" method="post" action={deskPaths.setup}>
              <input type="hidden" name="token" value={token} />
              <label>
                {t.name_}
                <input name="name" required autoComplete="name" />
              </label>
              <label>
                {t.email}
                <input type="email" name="email" required autoComplete="username" />
              </label>
              <label>
                {t.password}
                <input type="password" name="password" required autoComplete="new-password" />
              </label>
              <button type="submit">{t.setupButton}</button>
            </form>
          </>
        )}
      </main>
    </>
  );
}

export function ProblemView({
  message,
  user,
  csrf,
}: {
  message: string;
  user?: DeskUser;
  csrf?: string;
}) {
  return (
    <>
      <DeskHeader user={user} csrf={csrf} />
      <main id="isi" className="desk-main desk-main--narrow">
        <Messages problem={message} />
        <p>
          <a href={deskPaths.home}>{t.name}</a>
        </p>
      </main>
    </>
  );
}
