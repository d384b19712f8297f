import type { InputHTMLAttributes, ReactNode } from 'react';
import { deskPaths } from '../../desk-paths';
import type { DeskUser } from '../../store/accounts-port';
import { ROLES } from '../../store/accounts-port';
import { strings } from '../../strings';
import { can } from '../roles';

/**
 * The pieces every desk page is built of: the header with its menu, the page frame, messages,
 * the form token, a labelled field, a new account's fields, the role picker and a table.
 */

const t = strings.desk;

export function Messages({ notice, problem }: { notice?: string; problem?: string }) {
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

export function Csrf({ token }: { token: string }) {
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

/** A desk page: the header (with its menu once signed in) and the main column under it. */
export function DeskPage({
  user,
  csrf,
  narrow = false,
  heading,
  children,
}: {
  user?: DeskUser;
  csrf?: string;
  narrow?: boolean;
  heading?: string;
  children: ReactNode;
}) {
  return (
    <>
      <DeskHeader user={user} csrf={csrf} />
      <main id="isi" className={narrow ? 'desk-main desk-main--narrow' : 'desk-main'}>
        {heading && <h1>{heading}</h1>}
        {children}
      </main>
    </>
  );
}

/** One input of a form under its label. */
export function Field({
  label,
  ...input
}: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label>
      {label}
      <input {...input} />
    </label>
  );
}

/**
 * The fields of a new account: name, email and first password. `forSelf` when the one filling
 * them in is the account's owner (the first admin: the browser may offer their own name and
 * address); otherwise an admin adds someone else and picks their role.
 */
export function AccountFields({ forSelf }: { forSelf: boolean }) {
  return (
    <>
      <Field label={t.name_} name="name" required autoComplete={forSelf ? 'name' : 'off'} />
      <Field
        label={t.email}
        type="email"
        name="email"
        required
        autoComplete={forSelf ? 'username' : 'off'}
      />
      {!forSelf && (
        <label>
          {t.role}
          <RoleSelect name="peran" />
        </label>
      )}
      <Field
        label={t.password}
        type="password"
        name="password"
        required
        autoComplete="new-password"
      />
    </>
  );
}

export function RoleSelect({ name, value }: { name: string; value?: string }) {
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

/** A table of rows under one line of column headings, scrolling sideways on a narrow screen. */
export function DeskTable({ headings, children }: { headings: string[]; children: ReactNode }) {
  return (
    <div className="desk-table-box">
      <table className="desk-table">
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
