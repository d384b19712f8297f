import type { Kysely, Selectable } from 'kysely';
import type {
  DeskRevision,
  Presence,
  PresenceStore,
  RevisionAction,
  RevisionsStore,
  RevisionSummary,
} from '../revisions-port';
import { REVISION_ACTIONS } from '../revisions-port';
import type { Database, DeskRevisionsTable } from '../schema';
import { fieldsOf } from './drafts';

/**
 * The desk's revisions and presence (../revisions-port.ts) on Kysely, one implementation for
 * SQLite and PostgreSQL: fields as JSON text, instants as ISO text like every other column.
 */

const SUMMARY_COLUMNS = [
  'article_id',
  'number',
  'action',
  'author_id',
  'at',
  'restored_from',
] as const;

function toSummary(row: Omit<Selectable<DeskRevisionsTable>, 'fields'>): RevisionSummary {
  const action = (REVISION_ACTIONS as readonly string[]).includes(row.action)
    ? (row.action as RevisionAction)
    : 'saved';
  return {
    articleId: row.article_id,
    number: Number(row.number),
    action,
    authorId: row.author_id,
    at: new Date(row.at),
    ...(row.restored_from !== null && { restoredFrom: Number(row.restored_from) }),
  };
}

function toRevision(row: Selectable<DeskRevisionsTable>): DeskRevision {
  return { ...toSummary(row), fields: fieldsOf(row.fields) };
}

export class KyselyRevisions implements RevisionsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async addRevision(revision: DeskRevision): Promise<boolean> {
    const result = await this.db
      .insertInto('desk_revisions')
      .values({
        article_id: revision.articleId,
        number: revision.number,
        action: revision.action,
        fields: JSON.stringify(revision.fields),
        author_id: revision.authorId,
        at: revision.at.toISOString(),
        restored_from: revision.restoredFrom ?? null,
      })
      .onConflict((oc) => oc.columns(['article_id', 'number']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async dropRevision(articleId: string, number: number): Promise<void> {
    await this.db
      .deleteFrom('desk_revisions')
      .where('article_id', '=', articleId)
      .where('number', '=', number)
      .execute();
  }

  async revision(articleId: string, number: number): Promise<DeskRevision | undefined> {
    const row = await this.db
      .selectFrom('desk_revisions')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('number', '=', number)
      .executeTakeFirst();
    return row && toRevision(row);
  }

  async latestRevision(articleId: string): Promise<DeskRevision | undefined> {
    const row = await this.db
      .selectFrom('desk_revisions')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toRevision(row);
  }

  async revisions(articleId: string, limit: number): Promise<RevisionSummary[]> {
    const rows = await this.db
      .selectFrom('desk_revisions')
      .select(SUMMARY_COLUMNS)
      .where('article_id', '=', articleId)
      .orderBy('number', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toSummary);
  }
}

export class KyselyPresence implements PresenceStore {
  constructor(private readonly db: Kysely<Database>) {}

  async seen(presence: Presence): Promise<void> {
    const seenAt = presence.seenAt.toISOString();
    await this.db
      .insertInto('desk_presence')
      .values({ article_id: presence.articleId, user_id: presence.userId, seen_at: seenAt })
      .onConflict((oc) => oc.columns(['article_id', 'user_id']).doUpdateSet({ seen_at: seenAt }))
      .execute();
  }

  async seenSince(articleId: string, since: Date): Promise<Presence[]> {
    const rows = await this.db
      .selectFrom('desk_presence')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('seen_at', '>=', since.toISOString())
      .orderBy('seen_at', 'desc')
      .orderBy('user_id')
      .execute();
    return rows.map((row) => ({
      articleId: row.article_id,
      userId: row.user_id,
      seenAt: new Date(row.seen_at),
    }));
  }

  async forgetBefore(before: Date): Promise<void> {
    await this.db.deleteFrom('desk_presence').where('seen_at', '<', before.toISOString()).execute();
  }
}

/** The revisions of an opened store (both engines are the Kysely store). */
export function revisionsOf(store: { db: Kysely<Database> }): RevisionsStore {
  return new KyselyRevisions(store.db);
}

/** Who has which article open, in an opened store. */
export function presenceOf(store: { db: Kysely<Database> }): PresenceStore {
  return new KyselyPresence(store.db);
}
