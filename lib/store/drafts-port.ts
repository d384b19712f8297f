/**
 * The newsroom desk's drafts as the store keeps them: an article being written (`draft`) or
 * waiting for an editor (`review`), as its form holds it, until it is published through the
 * ingest (then the draft is removed: the article is in the content tables). lib/desk depends on
 * this interface only; lib/store/kysely/drafts.ts implements it for both engines. Reader pages
 * never read it.
 */

export const DRAFT_STATES = ['draft', 'review'] as const;
export type DraftState = (typeof DRAFT_STATES)[number];

export interface DeskDraft {
  /** The article's id. */
  id: string;
  /** The headline as typed (the list shows it). */
  title: string;
  /** The form's fields as typed, valid or not. */
  fields: Record<string, string>;
  state: DraftState;
  /** The desk user who started it. */
  ownerId: string;
  createdAt: Date;
  updatedAt: Date;
  /** The desk user who saved it last. */
  updatedBy: string;
}

export interface DraftsStore {
  draft(id: string): Promise<DeskDraft | undefined>;
  /** The most recently saved first, `limit` of them. */
  drafts(limit: number): Promise<DeskDraft[]>;
  /** Inserts, or replaces the draft with the same id (its owner and creation are kept). */
  putDraft(draft: DeskDraft): Promise<void>;
  deleteDraft(id: string): Promise<void>;
}

/**
 * What someone was typing in an article's editor, kept by the desk's script every few seconds:
 * not a draft, not a revision, never published; the editor offers to restore it.
 */
export interface DeskAutosave {
  /** The article's id; '' for the new article's editor. */
  articleId: string;
  userId: string;
  /** The form's fields as typed. */
  fields: Record<string, string>;
  savedAt: Date;
}

export interface AutosavesStore {
  autosave(articleId: string, userId: string): Promise<DeskAutosave | undefined>;
  /** Inserts, or replaces this person's autosave of this article. */
  putAutosave(autosave: DeskAutosave): Promise<void>;
  deleteAutosave(articleId: string, userId: string): Promise<void>;
}
