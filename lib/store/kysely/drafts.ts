import type { Kysely, Selectable } from 'kysely';
import type { AutosavesStore, DeskAutosave, DeskDraft, DraftsStore } from '../drafts-port';
import type { Database, DeskDraftsTable } from '../schema';

/**
 * The desk's drafts (../drafts-port.ts) on Kysely, one implementation for SQLite and PostgreSQL:
 * the form's fields as JSON text, instants as ISO text like every other column.
 */

/** A form's fields as kept in a JSON column: only string values are read back. */
export function fieldsOf(json: string): Record<string, string> {
  const parsed: unknown = JSON.parse(json);
  const fields: Record<string, string> = {};
  if (parsed && typeof parsed === 'object') {
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value === 'string') fields[key] = value;
    }
  }
  return fields;
}

function toDraft(row: Selectable<DeskDraftsTable>): DeskDraft {
  const fields = fieldsOf(row.fields);
  return {
    id: row.id,
    title: row.title,
    fields,
    state: row.state === 'review' ? 'review' : 'draft',
    ownerId: row.owner_id,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    updatedBy: row.updated_by,
  };
}

export class KyselyDrafts implements DraftsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async draft(id: string): Promise<DeskDraft | undefined> {
    const row = await this.db
      .selectFrom('desk_drafts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toDraft(row);
  }

  async drafts(limit: number): Promise<DeskDraft[]> {
    const rows = await this.db
      .selectFrom('desk_drafts')
      .selectAll()
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toDraft);
  }

  async putDraft(draft: DeskDraft): Promise<void> {
    const row: DeskDraftsTable = {
      id: draft.id,
      title: draft.title,
      fields: JSON.stringify(draft.fields),
      state: draft.state,
      owner_id: draft.ownerId,
      created_at: draft.createdAt.toISOString(),
      updated_at: draft.updatedAt.toISOString(),
      updated_by: draft.updatedBy,
    };
    await this.db
      .insertInto('desk_drafts')
      .values(row)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          title: row.title,
          fields: row.fields,
          state: row.state,
          updated_at: row.updated_at,
          updated_by: row.updated_by,
        }),
      )
      .execute();
  }

  async deleteDraft(id: string): Promise<void> {
    await this.db.deleteFrom('desk_drafts').where('id', '=', id).execute();
  }
}

/** The drafts of an opened store (both engines are the Kysely store). */
export function draftsOf(store: { db: Kysely<Database> }): DraftsStore {
  return new KyselyDrafts(store.db);
}

export class KyselyAutosaves implements AutosavesStore {
  constructor(private readonly db: Kysely<Database>) {}

  async autosave(articleId: string, userId: string): Promise<DeskAutosave | undefined> {
    const row = await this.db
      .selectFrom('desk_autosaves')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return (
      row && {
        articleId: row.article_id,
        userId: row.user_id,
        fields: fieldsOf(row.fields),
        savedAt: new Date(row.saved_at),
      }
    );
  }

  async putAutosave(autosave: DeskAutosave): Promise<void> {
    const fields = JSON.stringify(autosave.fields);
    const savedAt = autosave.savedAt.toISOString();
    await this.db
      .insertInto('desk_autosaves')
      .values({
        article_id: autosave.articleId,
        user_id: autosave.userId,
        fields,
        saved_at: savedAt,
      })
      .onConflict((oc) =>
        oc.columns(['article_id', 'user_id']).doUpdateSet({ fields, saved_at: savedAt }),
      )
      .execute();
  }

  async deleteAutosave(articleId: string, userId: string): Promise<void> {
    await this.db
      .deleteFrom('desk_autosaves')
      .where('article_id', '=', articleId)
      .where('user_id', '=', userId)
      .execute();
  }
}

/** The autosaves of an opened store. */
export function autosavesOf(store: { db: Kysely<Database> }): AutosavesStore {
  return new KyselyAutosaves(store.db);
}
