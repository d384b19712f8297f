import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  type AccountsStore,
  type DeskUser,
  type NewUser,
  type Role,
  ROLES,
  withoutHash,
} from '../store/accounts-port';
import { strings } from '../strings';
import { type Actor, AUDIT, record } from './audit';
import { EMAIL_MAX, normalEmail } from './auth';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from './passwords';

/**
 * People and roles, the same rules for the admin's page and the command line: a valid email held
 * by no one else, a name, one of the roles, a password of PASSWORD_MIN to PASSWORD_MAX
 * characters; never fewer than one active admin. Every change is written to the audit log.
 */

const t = strings.desk;

export const roleSchema = z.enum(ROLES, { error: t.roleInvalid });

export const newPersonSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(EMAIL_MAX, { error: t.emailInvalid })
    .pipe(z.email({ error: t.emailInvalid })),
  name: z.string().trim().min(1, { error: t.nameRequired }).max(200, { error: t.nameRequired }),
  role: roleSchema,
  password: z
    .string()
    .min(PASSWORD_MIN, { error: t.passwordTooShort(PASSWORD_MIN) })
    .max(PASSWORD_MAX, { error: t.passwordTooLong(PASSWORD_MAX) }),
});

export type NewPersonInput = z.input<typeof newPersonSchema>;

export type Outcome = { ok: true; message: string } | { ok: false; message: string };

const refused = (message: string): Outcome => ({ ok: false, message });

/** The person as the store will hold them (password hashed), or the first problem. */
export async function newPerson(
  input: NewPersonInput,
  createdAt: Date,
): Promise<NewUser | { problem: string }> {
  const parsed = newPersonSchema.safeParse(input);
  if (!parsed.success) return { problem: parsed.error.issues[0]?.message ?? t.emailInvalid };
  const { email, name, role, password } = parsed.data;
  return {
    id: randomUUID(),
    email,
    name,
    role,
    passwordHash: await hashPassword(password),
    createdAt,
  };
}

export async function addPerson(
  accounts: AccountsStore,
  actor: Actor,
  input: NewPersonInput,
  now: Date,
): Promise<Outcome> {
  const person = await newPerson(input, now);
  if ('problem' in person) return refused(person.problem);
  if ((await accounts.createUser(person)) === 'taken') return refused(t.emailTaken);
  await record(accounts, actor, now, AUDIT.personAdded, person.email, person.role);
  return { ok: true, message: t.personAdded(person.email) };
}

async function wouldLeaveNoAdmin(accounts: AccountsStore, person: DeskUser): Promise<boolean> {
  return person.role === 'admin' && !person.disabled && (await accounts.countActiveAdmins()) <= 1;
}

/** A person by id or by email. */
async function find(accounts: AccountsStore, who: string): Promise<DeskUser | undefined> {
  if (who.includes('@')) {
    const found = await accounts.userByEmail(normalEmail(who));
    if (!found) return undefined;
    return withoutHash(found);
  }
  return accounts.userById(who);
}

export async function changeRole(
  accounts: AccountsStore,
  actor: Actor,
  who: string,
  role: string,
  now: Date,
): Promise<Outcome> {
  const parsed = roleSchema.safeParse(role);
  if (!parsed.success) return refused(t.roleInvalid);
  const person = await find(accounts, who);
  if (!person) return refused(t.unknownPerson);
  if (parsed.data !== 'admin' && (await wouldLeaveNoAdmin(accounts, person))) {
    return refused(t.lastAdmin);
  }
  await accounts.setRole(person.id, parsed.data);
  await record(
    accounts,
    actor,
    now,
    AUDIT.roleChanged,
    person.email,
    `${person.role} → ${parsed.data}`,
  );
  return { ok: true, message: t.roleChanged(person.email, t.roles[parsed.data]) };
}

/** Disabling ends the person's sessions at once; enabling lets them sign in again. */
export async function setActive(
  accounts: AccountsStore,
  actor: Actor,
  who: string,
  active: boolean,
  now: Date,
): Promise<Outcome & { sessionsEnded?: number }> {
  const person = await find(accounts, who);
  if (!person) return refused(t.unknownPerson);
  if (!active && (await wouldLeaveNoAdmin(accounts, person))) return refused(t.lastAdmin);
  await accounts.setDisabled(person.id, !active);
  if (active) {
    await record(accounts, actor, now, AUDIT.enabled, person.email);
    return { ok: true, message: t.personEnabled(person.email) };
  }
  const sessionsEnded = await accounts.deleteUserSessions(person.id);
  await record(accounts, actor, now, AUDIT.disabled, person.email);
  return { ok: true, message: t.personDisabled(person.email), sessionsEnded };
}

/** Ends every session of another person (a lost phone, a shared computer). */
export async function signOutPerson(
  accounts: AccountsStore,
  actor: Actor,
  who: string,
  now: Date,
): Promise<Outcome> {
  const person = await find(accounts, who);
  if (!person) return refused(t.unknownPerson);
  await accounts.deleteUserSessions(person.id);
  await record(accounts, actor, now, AUDIT.signedOutByAdmin, person.email);
  return { ok: true, message: t.personSignedOut(person.email) };
}

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);
