/**
 * The newsroom desk's accounts as the store keeps them: people, sign-in sessions, sign-in
 * attempts, the audit log and the one-time setup links. lib/desk depends on this interface only;
 * lib/store/kysely/accounts.ts implements it for both engines. Every instant is passed in by the
 * caller (its clock), so expiry and limits are the same on every instance and testable.
 * Tokens never reach the store: only their SHA-256 (hex) does.
 */

export const ROLES = ['penulis', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface DeskUser {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
  disabled: boolean;
}

/** A user with the password hash sign-in compares against. */
export interface DeskUserCredentials extends DeskUser {
  passwordHash: string;
}

/** A person without their password hash (what pages and sessions carry). */
export function withoutHash({ passwordHash, ...person }: DeskUserCredentials): DeskUser {
  void passwordHash;
  return person;
}

export interface NewUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  createdAt: Date;
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

/** A live session (not expired) with its user (not disabled). */
export interface ActiveSession {
  session: SessionRecord;
  user: DeskUser;
}

export type AttemptScope = 'email' | 'address';

export interface AttemptKey {
  scope: AttemptScope;
  key: string;
}

export interface AuditEntry {
  at: Date;
  actorId: string;
  actorEmail: string;
  /** What was done ("masuk", "peran", …: lib/desk/audit.ts names them). */
  action: string;
  /** Whom or what it was done to (an email, an article id); '' when nothing. */
  target: string;
  detail: string;
}

export interface StoredAuditEntry extends AuditEntry {
  id: string;
}

export interface AccountsStore {
  // ---- People ----
  /** 'taken' when the email is already held (any case). */
  createUser(user: NewUser): Promise<'created' | 'taken'>;
  userByEmail(email: string): Promise<DeskUserCredentials | undefined>;
  userById(id: string): Promise<DeskUser | undefined>;
  /** Everyone, by email. */
  users(): Promise<DeskUser[]>;
  /** Admins that are not disabled. */
  countActiveAdmins(): Promise<number>;
  setRole(id: string, role: Role): Promise<boolean>;
  setDisabled(id: string, disabled: boolean): Promise<boolean>;
  setPasswordHash(id: string, passwordHash: string): Promise<boolean>;
  /**
   * The first admin, in one transaction: refused ('exists') when an active admin exists, and
   * ('invalid') when the setup token is unknown or expired; the token is used up either way it
   * succeeds, and every other setup token with it.
   */
  createFirstAdmin(
    user: NewUser,
    setupTokenHash: string,
    now: Date,
  ): Promise<'created' | 'exists' | 'invalid' | 'taken'>;

  // ---- Sessions ----
  createSession(session: SessionRecord): Promise<void>;
  /** The session if it has not expired at `now` and its user is not disabled. */
  activeSession(tokenHash: string, now: Date): Promise<ActiveSession | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Signs a user out everywhere; answers how many sessions ended. */
  deleteUserSessions(userId: string): Promise<number>;
  deleteExpiredSessions(now: Date): Promise<number>;

  // ---- Sign-in attempts ----
  /**
   * Records an attempt under each key before its password is checked, so attempts made at the
   * same moment count each other; answers its id.
   */
  recordAttempt(keys: AttemptKey[], at: Date): Promise<string>;
  /** Removes an attempt that turned out not to count (it succeeded, or was refused unchecked). */
  forgetAttempt(id: string): Promise<void>;
  /** Attempts recorded for `key` at or after `since`. */
  countAttempts(key: AttemptKey, since: Date): Promise<number>;
  clearAttempts(key: AttemptKey): Promise<void>;
  /** Drops attempts older than `before` (they no longer count toward any limit). */
  pruneAttempts(before: Date): Promise<void>;

  // ---- Audit log ----
  audit(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  auditLog(limit: number): Promise<StoredAuditEntry[]>;

  // ---- Setup links ----
  putSetupToken(tokenHash: string, createdAt: Date, expiresAt: Date): Promise<void>;
  /** Whether the token is known and not expired at `now` (the setup page asks before its form). */
  setupTokenValid(tokenHash: string, now: Date): Promise<boolean>;
}
