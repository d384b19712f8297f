import { type Kysely, type Migration } from 'kysely';

/**
 * The newsroom desk (lib/desk): its people, their sign-in sessions, sign-in attempts (the limit
 * every instance agrees on), the audit log and the one-time links that create the first admin.
 * Instants are ISO 8601 UTC text like every other column. These tables are the store's own, not
 * a cache of content files: later migrations that empty the content tables leave them alone.
 */
export function deskAccounts(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('desk_users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('desk_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) =>
          c.notNull().references('desk_users.id').onDelete('cascade'),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('desk_sessions_user')
        .on('desk_sessions')
        .columns(['user_id'])
        .execute();
      await db.schema
        .createIndex('desk_sessions_expires')
        .on('desk_sessions')
        .columns(['expires_at'])
        .execute();
      await db.schema
        .createTable('desk_login_attempts')
        .addColumn('attempt_id', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('desk_login_attempts_pk', ['attempt_id', 'scope'])
        .execute();
      await db.schema
        .createIndex('desk_login_attempts_key')
        .on('desk_login_attempts')
        .columns(['scope', 'key', 'at'])
        .execute();
      await db.schema
        .createIndex('desk_login_attempts_at')
        .on('desk_login_attempts')
        .columns(['at'])
        .execute();
      await db.schema
        .createTable('desk_audit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('actor_email', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('desk_audit_at').on('desk_audit').columns(['at', 'id']).execute();
      await db.schema
        .createTable('desk_setup_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
