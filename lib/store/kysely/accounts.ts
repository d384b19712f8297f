import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type {
  AccountsStore,
  ActiveSession,
  AuditEntry,
  DeskUser,
  DeskUserCredentials,
  AttemptKey,
  NewUser,
  Role,
  SessionRecord,
  StoredAuditEntry,
} from '../accounts-port';
import type { Database, DeskUsersTable } from '../schema';

/**
 * The desk's accounts (../accounts-port.ts) on Kysely, one implementation for SQLite and
 * PostgreSQL: the same builders, instants as ISO text, emails lower-cased before they are
 * stored or looked up.
 */

const iso = (date: Date) => date.toISOString();
const normal = (email: string) => email.trim().toLowerCase();

const USER_COLUMNS = ['id', 'email', 'name', 'role', 'created_at', 'disabled'] as const;

function toUser(row: Omit<Selectable<DeskUsersTable>, 'password_hash'>): DeskUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: new Date(row.created_at),
    disabled: Number(row.disabled) !== 0,
  };
}

function userRow(user: NewUser): DeskUsersTable {
  return {
    id: user.id,
    email: normal(user.email),
    name: user.name,
    role: user.role,
    password_hash: user.passwordHash,
    created_at: iso(user.createdAt),
    disabled: 0,
  };
}

/** A unique violation on either engine (SQLite's constraint code, PostgreSQL's 23505). */
function isUniqueViolation(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : '';
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505'
  );
}

export class KyselyAccounts implements AccountsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async createUser(user: NewUser): Promise<'created' | 'taken'> {
    try {
      await this.db.insertInto('desk_users').values(userRow(user)).execute();
      return 'created';
    } catch (error) {
      if (isUniqueViolation(error)) return 'taken';
      throw error;
    }
  }

  async userByEmail(email: string): Promise<DeskUserCredentials | undefined> {
    const row = await this.db
      .selectFrom('desk_users')
      .selectAll()
      .where('email', '=', normal(email))
      .executeTakeFirst();
    return row && { ...toUser(row), passwordHash: row.password_hash };
  }

  async userById(id: string): Promise<DeskUser | undefined> {
    const row = await this.db
      .selectFrom('desk_users')
      .select(USER_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toUser(row);
  }

  async users(): Promise<DeskUser[]> {
    const rows = await this.db
      .selectFrom('desk_users')
      .select(USER_COLUMNS)
      .orderBy('email')
      .execute();
    return rows.map(toUser);
  }

  async countActiveAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('desk_users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async setRole(id: string, role: Role): Promise<boolean> {
    const result = await this.db
      .updateTable('desk_users')
      .set({ role })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async setDisabled(id: string, disabled: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable('desk_users')
      .set({ disabled: disabled ? 1 : 0 })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<boolean> {
    const result = await this.db
      .updateTable('desk_users')
      .set({ password_hash: passwordHash })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async createFirstAdmin(
    user: NewUser,
    setupTokenHash: string,
    now: Date,
  ): Promise<'created' | 'exists' | 'invalid' | 'taken'> {
    return this.db.transaction().execute(async (trx) => {
      // Used up first: of two requests with the same token, one deletes the row, the other none.
      const used = await trx
        .deleteFrom('desk_setup_tokens')
        .where('token_hash', '=', setupTokenHash)
        .where('expires_at', '>', iso(now))
        .executeTakeFirst();
      if (Number(used.numDeletedRows) === 0) return 'invalid';
      const admins = await new KyselyAccounts(trx).countActiveAdmins();
      if (admins > 0) return 'exists';
      const taken = await trx
        .selectFrom('desk_users')
        .select('id')
        .where('email', '=', normal(user.email))
        .executeTakeFirst();
      if (taken) return 'taken';
      await trx.insertInto('desk_users').values(userRow(user)).execute();
      await trx.deleteFrom('desk_setup_tokens').execute();
      return 'created';
    });
  }

  async createSession(session: SessionRecord): Promise<void> {
    await this.db
      .insertInto('desk_sessions')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        created_at: iso(session.createdAt),
        expires_at: iso(session.expiresAt),
      })
      .execute();
  }

  async activeSession(tokenHash: string, now: Date): Promise<ActiveSession | undefined> {
    const row = await this.db
      .selectFrom('desk_sessions as s')
      .innerJoin('desk_users as u', 'u.id', 's.user_id')
      .select([
        's.token_hash',
        's.user_id',
        's.created_at as session_created_at',
        's.expires_at',
        'u.id',
        'u.email',
        'u.name',
        'u.role',
        'u.created_at',
        'u.disabled',
      ])
      .where('s.token_hash', '=', tokenHash)
      .where('s.expires_at', '>', iso(now))
      .where('u.disabled', '=', 0)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      session: {
        tokenHash: row.token_hash,
        userId: row.user_id,
        createdAt: new Date(row.session_created_at),
        expiresAt: new Date(row.expires_at),
      },
      user: toUser(row),
    };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('desk_sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteUserSessions(userId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('desk_sessions')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('desk_sessions')
      .where('expires_at', '<=', iso(now))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async recordAttempt(keys: AttemptKey[], at: Date): Promise<string> {
    const id = randomUUID();
    if (keys.length) {
      await this.db
        .insertInto('desk_login_attempts')
        .values(keys.map(({ scope, key }) => ({ attempt_id: id, scope, key, at: iso(at) })))
        .execute();
    }
    return id;
  }

  async forgetAttempt(id: string): Promise<void> {
    await this.db.deleteFrom('desk_login_attempts').where('attempt_id', '=', id).execute();
  }

  async countAttempts({ scope, key }: AttemptKey, since: Date): Promise<number> {
    const row = await this.db
      .selectFrom('desk_login_attempts')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('scope', '=', scope)
      .where('key', '=', key)
      .where('at', '>=', iso(since))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async clearAttempts({ scope, key }: AttemptKey): Promise<void> {
    await this.db
      .deleteFrom('desk_login_attempts')
      .where('scope', '=', scope)
      .where('key', '=', key)
      .execute();
  }

  async pruneAttempts(before: Date): Promise<void> {
    await this.db.deleteFrom('desk_login_attempts').where('at', '<', iso(before)).execute();
  }

  async audit(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('desk_audit')
      .values({
        id: randomUUID(),
        at: iso(entry.at),
        actor_id: entry.actorId,
        actor_email: entry.actorEmail,
        action: entry.action,
        target: entry.target,
        detail: entry.detail,
      })
      .execute();
  }

  async auditLog(limit: number): Promise<StoredAuditEntry[]> {
    const rows = await this.db
      .selectFrom('desk_audit')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      at: new Date(row.at),
      actorId: row.actor_id,
      actorEmail: row.actor_email,
      action: row.action,
      target: row.target,
      detail: row.detail,
    }));
  }

  async putSetupToken(tokenHash: string, createdAt: Date, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('desk_setup_tokens')
      .values({ token_hash: tokenHash, created_at: iso(createdAt), expires_at: iso(expiresAt) })
      .execute();
  }

  async setupTokenValid(tokenHash: string, now: Date): Promise<boolean> {
    const row = await this.db
      .selectFrom('desk_setup_tokens')
      .select('token_hash')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', iso(now))
      .executeTakeFirst();
    return row !== undefined;
  }
}

/** The accounts of an opened store (both engines are the Kysely store). */
export function accountsOf(store: { db: Kysely<Database> }): AccountsStore {
  return new KyselyAccounts(store.db);
}
