import { deskPaths } from '../desk-paths';
import type { AccountsStore } from '../store/accounts-port';
import { strings } from '../strings';
import { AUDIT, record, SERVER_ACTOR, type Actor } from './audit';
import { newPerson, type NewPersonInput } from './people';
import { newToken, tokenHash } from './tokens';

/**
 * The first admin: while no active admin exists, the server prints a one-time link at its start
 * (and `npm run desk -- setup-link` makes one on demand). Only the token's hash is stored, with
 * an expiry; the page behind the link creates the admin and uses up every link.
 */
export const SETUP_HOURS = 24;

/** The setup page's URL for a token, on the site at `siteUrl`. */
export function setupUrl(siteUrl: string, token: string): string {
  const url = new URL(deskPaths.setup, siteUrl);
  url.searchParams.set('token', token);
  return url.toString();
}

/** A new setup link, or undefined when an active admin exists already. */
export async function issueSetupLink(
  accounts: AccountsStore,
  siteUrl: string,
  now: Date,
  actor: Actor = SERVER_ACTOR,
): Promise<string | undefined> {
  if ((await accounts.countActiveAdmins()) > 0) return undefined;
  const token = newToken();
  await accounts.putSetupToken(
    tokenHash(token),
    now,
    new Date(now.getTime() + SETUP_HOURS * 3_600_000),
  );
  await record(accounts, actor, now, AUDIT.setupLink);
  return setupUrl(siteUrl, token);
}

/** At the server's start: the link printed to its log when there is no admin yet. */
export async function announceSetupLink(
  accounts: AccountsStore,
  siteUrl: string,
  now: Date,
  print: (line: string) => void = console.log,
): Promise<void> {
  const url = await issueSetupLink(accounts, siteUrl, now);
  if (url) print(strings.desk.setupLinkLog(url, SETUP_HOURS));
}

export type SetupOutcome =
  | { kind: 'created'; email: string }
  | { kind: 'problem'; message: string }
  | { kind: 'invalid' }
  | { kind: 'exists' };

/** The setup page's form: the first admin, if the token still holds and no admin exists. */
export async function completeSetup(
  accounts: AccountsStore,
  token: string,
  input: Omit<NewPersonInput, 'role'>,
  now: Date,
): Promise<SetupOutcome> {
  const hash = tokenHash(token);
  if (!(await accounts.setupTokenValid(hash, now))) return { kind: 'invalid' };
  const person = await newPerson({ ...input, role: 'admin' }, now);
  if ('problem' in person) return { kind: 'problem', message: person.problem };
  const result = await accounts.createFirstAdmin(person, hash, now);
  if (result === 'invalid') return { kind: 'invalid' };
  if (result === 'exists') return { kind: 'exists' };
  if (result === 'taken') return { kind: 'problem', message: strings.desk.emailTaken };
  await record(
    accounts,
    { id: person.id, email: person.email },
    now,
    AUDIT.firstAdmin,
    person.email,
  );
  return { kind: 'created', email: person.email };
}
