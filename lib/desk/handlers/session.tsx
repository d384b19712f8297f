import { deskPaths } from '../../desk-paths';
import { strings } from '../../strings';
import { currentSession, signIn, signOut, signOutEverywhere } from '../auth';
import { clearedSessionCookie, sessionCookie } from '../cookies';
import { clientAddress, readForm, seeOther } from '../http';
import { fromThisSite } from '../origin';
import { deskDocument, SignInView } from '../views';
import { type DeskDeps, gate, problem } from './shared';

const t = strings.desk;

// ---- /ruang-redaksi/masuk ----

export async function signInPage(request: Request, deps: DeskDeps): Promise<Response> {
  if (await currentSession(deps, request.headers.get('cookie'), deps.production)) {
    return seeOther(deskPaths.home);
  }
  const params = new URL(request.url).searchParams;
  const notice = params.has('keluar')
    ? params.get('keluar') === 'semua'
      ? t.signedOutEverywhere
      : t.signedOut
    : undefined;
  return deskDocument(t.signInTitle, <SignInView notice={notice} />);
}

export async function signInSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  if (!fromThisSite(request.headers, deps.siteOrigin)) return problem(t.refusedOrigin, 403);
  const form = await readForm(request);
  if (form === 'too-large') return problem(t.tooLarge, 413);
  const email = (form.get('email') ?? '').slice(0, 320);
  const result = await signIn(deps, {
    email,
    password: form.get('password') ?? '',
    address: clientAddress(request.headers),
  });
  if (result.kind === 'signed-in') {
    return seeOther(deskPaths.home, {
      'Set-Cookie': sessionCookie(result.token, result.expiresAt, deps.now(), deps.production),
    });
  }
  if (result.kind === 'limited') {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return deskDocument(
      t.signInTitle,
      <SignInView email={email} problem={t.signInLimited(minutes)} />,
      429,
      { 'Retry-After': String(result.retryAfterSeconds) },
    );
  }
  return deskDocument(t.signInTitle, <SignInView email={email} problem={t.signInFailed} />, 401);
}

// ---- /ruang-redaksi/keluar ----

export async function signOutSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'use-desk');
  if (checked.kind === 'answer') return checked.response;
  const everywhere = checked.form?.get('semua') === '1';
  if (everywhere) await signOutEverywhere(deps, checked.signedIn);
  else await signOut(deps, checked.signedIn);
  return seeOther(`${deskPaths.signIn}?keluar=${everywhere ? 'semua' : '1'}`, {
    'Set-Cookie': clearedSessionCookie(deps.production),
  });
}
