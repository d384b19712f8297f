/**
 * The newsroom desk's revisions and presence as the store keeps them. Every save, submission,
 * publication and restore of an article from the desk is a revision: the form's fields as they
 * were kept, who, when and what was done, numbered 1, 2, 3… per article. A revision's number is
 * claimed once: the second claim of the same number is refused, which is how two people saving
 * the same article at once are told apart (lib/desk/article-actions.ts). Presence is who has an
 * article's editor open, as last seen. lib/desk depends on these interfaces only;
 * lib/store/kysely/revisions.ts implements them for both engines. Reader pages never read them.
 */

export const REVISION_ACTIONS = [
  'saved',
  'submitted',
  'published',
  'restored',
  'scheduled',
  'corrected',
  'withdrawn',
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export interface DeskRevision {
  articleId: string;
  /** 1 for an article's first revision, then one more for each. */
  number: number;
  action: RevisionAction;
  /** The form's fields as kept, valid or not. */
  fields: Record<string, string>;
  /** The desk user who made it. */
  authorId: string;
  at: Date;
  /** For a restore: the number of the revision restored. */
  restoredFrom?: number;
}

/** A revision without its fields, for a list. */
export type RevisionSummary = Omit<DeskRevision, 'fields'>;

export interface RevisionsStore {
  /**
   * Records a revision under its number; false (and nothing written) when the article already
   * has a revision of that number: someone else's save came first.
   */
  addRevision(revision: DeskRevision): Promise<boolean>;
  /** Removes a claimed revision again (a publication the ingest refused). */
  dropRevision(articleId: string, number: number): Promise<void>;
  revision(articleId: string, number: number): Promise<DeskRevision | undefined>;
  /** The article's newest revision, or undefined for an article with none. */
  latestRevision(articleId: string): Promise<DeskRevision | undefined>;
  /** The article's revisions, newest first, at most `limit`. */
  revisions(articleId: string, limit: number): Promise<RevisionSummary[]>;
}

/** Who had an article's editor open, and when they were last seen there. */
export interface Presence {
  articleId: string;
  userId: string;
  seenAt: Date;
}

export interface PresenceStore {
  /** Records (or refreshes) that `userId` has the article open. */
  seen(presence: Presence): Promise<void>;
  /** Those seen on the article at or after `since`, the most recently seen first. */
  seenSince(articleId: string, since: Date): Promise<Presence[]>;
  /** Forgets presence older than `before` (every article). */
  forgetBefore(before: Date): Promise<void>;
}
