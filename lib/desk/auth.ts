import {
  type AccountsStore,
  type ActiveSession,
  type DeskUser,
  type AttemptKey,
  withoutHash,
} from '../store/accounts-port';
import { AUDIT, record } from './audit';
import { readCookie, sessionCookieName } from './cookies';
import { verifyPassword } from './passwords';
import { newToken, tokenHash } from './tokens';

/** What sign-in and sessions need: the accounts and a clock. */
export interface AuthDeps {
  accounts: AccountsStore;
  now: () => Date;
}

/** A session lasts this long from sign-in, then its person signs in again. */
export const SESSION_HOURS = 12;

/**
 * Failed sign-ins allowed within the window; the next attempt is refused without looking at the
 * password: per account (the email as typed, known or not, so the limit says nothing about
 * which emails exist) and per client address. Counted in the store, so every instance agrees.
 */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

export const EMAIL_MAX = 254;

export type SignInResult =
  | { kind: 'signed-in'; token: string; user: DeskUser; expiresAt: Date }
  /** Unknown email, wrong password or disabled account: one answer for all three. */
  | { kind: 'refused' }
  | { kind: 'limited'; retryAfterSeconds: number };

export const normalEmail = (email: string) => email.trim().toLowerCase();

export interface SignInInput {
  email: string;
  password: string;
  /** The client's address ('' when unknown: counted as one address). */
  address: string;
}

function attemptKeys(email: string, address: string): AttemptKey[] {
  return [
    { scope: 'email', key: normalEmail(email) },
    { scope: 'address', key: address || 'tidak-diketahui' },
  ];
}

export async function signIn(deps: AuthDeps, input: SignInInput): Promise<SignInResult> {
  const { accounts } = deps;
  const now = deps.now();
  const windowMs = LOGIN_LIMITS.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const [emailKey, addressKey] = attemptKeys(input.email, input.address) as [
    AttemptKey,
    AttemptKey,
  ];
  // Recorded before anything is checked: a burst of attempts at once counts every one of them.
  const attempt = await accounts.recordAttempt([emailKey, addressKey], now);
  const [byAccount, byAddress] = await Promise.all([
    accounts.countAttempts(emailKey, since),
    accounts.countAttempts(addressKey, since),
  ]);
  if (byAccount > LOGIN_LIMITS.perAccount || byAddress > LOGIN_LIMITS.perAddress) {
    // Refused unchecked: it does not count, so the limit ends with its window.
    await accounts.forgetAttempt(attempt);
    return { kind: 'limited', retryAfterSeconds: LOGIN_LIMITS.windowMinutes * 60 };
  }

  const email = normalEmail(input.email);
  const user = email.length <= EMAIL_MAX ? await accounts.userByEmail(email) : undefined;
  const matches = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !matches || user.disabled) {
    await accounts.pruneAttempts(since);
    return { kind: 'refused' };
  }

  await accounts.forgetAttempt(attempt);
  await accounts.clearAttempts(emailKey);
  await accounts.deleteExpiredSessions(now);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await accounts.createSession({
    tokenHash: tokenHash(token),
    userId: user.id,
    createdAt: now,
    expiresAt,
  });
  const person = withoutHash(user);
  await record(accounts, person, now, AUDIT.signIn, person.email);
  return { kind: 'signed-in', token, user: person, expiresAt };
}

/** A signed-in request: its session (with its person) and the token its cookie carried. */
export interface SignedIn extends ActiveSession {
  token: string;
}

/** The live session the request's cookie names, if any. */
export async function currentSession(
  deps: AuthDeps,
  cookieHeader: string | null,
  production: boolean,
): Promise<SignedIn | undefined> {
  const token = readCookie(cookieHeader, sessionCookieName(production));
  if (!token || token.length > 100) return undefined;
  const active = await deps.accounts.activeSession(tokenHash(token), deps.now());
  return active && { ...active, token };
}

export async function signOut(deps: AuthDeps, signedIn: SignedIn): Promise<void> {
  await deps.accounts.deleteSession(signedIn.session.tokenHash);
  await record(deps.accounts, signedIn.user, deps.now(), AUDIT.signOut, signedIn.user.email);
}

/** Ends every session of the signed-in person, on every device. */
export async function signOutEverywhere(deps: AuthDeps, signedIn: SignedIn): Promise<void> {
  await deps.accounts.deleteUserSessions(signedIn.user.id);
  await record(
    deps.accounts,
    signedIn.user,
    deps.now(),
    AUDIT.signOutEverywhere,
    signedIn.user.email,
  );
}
