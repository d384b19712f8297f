import { deskPaths } from '../../desk-paths';
import { strings } from '../../strings';
import { AccountFields, DeskPage, Field, Messages } from './parts';

/** The pages before one is signed in: signing in, and creating the first admin. */

const t = strings.desk;

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
    <DeskPage narrow heading={t.signInTitle}>
      <Messages notice={notice} problem={problem} />
      <form className="desk-form" method="post" action={deskPaths.signIn}>
        <Field
          label={t.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          defaultValue={email}
        />
        <Field
          label={t.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
        />
        <button type="submit">{t.signInButton}</button>
      </form>
    </DeskPage>
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
    <DeskPage narrow heading={t.setupTitle}>
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
            <AccountFields forSelf />
            <button type="submit">{t.setupButton}</button>
          </form>
        </>
      )}
    </DeskPage>
  );
}
