import type { ArticleHolder, WritableStore } from '../store/writer-port';

/**
 * Who holds each article id and slug during one ingest: the store's rows, seen through what this
 * ingest decided already (an id claimed by a file, an article deleted, a slug freed).
 */
export class Holders {
  /** Ids decided by this ingest (undefined: deleted), over what the store holds. */
  private mine = new Map<string, ArticleHolder | undefined>();
  /** Slugs decided by this ingest (undefined: freed). */
  private mineSlugs = new Map<string, string | undefined>();

  constructor(private readonly store: WritableStore) {}

  /** The holders of these ids and slugs; `stored`: the store's own rows among them. */
  async of(ids: string[], slugs: string[]) {
    const rows = await this.store.articleHolders(
      ids.filter((id) => !this.mine.has(id)),
      slugs.filter((slug) => !this.mineSlugs.has(slug)),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    const holderOf = (id: string): ArticleHolder | undefined =>
      this.mine.has(id) ? this.mine.get(id) : byId.get(id);
    const slugHolderOf = (slug: string): ArticleHolder | undefined => {
      if (this.mineSlugs.has(slug)) {
        const id = this.mineSlugs.get(slug);
        return id === undefined ? undefined : holderOf(id);
      }
      const row = bySlug.get(slug);
      // Decided by this ingest already: it holds the slug only if it kept it.
      return row && this.mine.has(row.id) ? undefined : row;
    };
    return { holderOf, slugHolderOf, stored: byId };
  }

  /**
   * Ids whose decisions the store now holds (written and committed): its rows answer for them as
   * this ingest decided, so they are not kept twice (a fresh archive decides every id).
   */
  settled(ids: readonly string[]): void {
    for (const id of ids) {
      const holder = this.mine.get(id);
      if (!holder) continue;
      this.mine.delete(id);
      if (this.mineSlugs.get(holder.slug) === id) this.mineSlugs.delete(holder.slug);
    }
  }

  /** `id` now held by `holder` (undefined: deleted); the slug it held before freed. */
  decide(id: string, holder: ArticleHolder | undefined, previousSlug?: string): void {
    if (previousSlug !== undefined && previousSlug !== holder?.slug)
      this.mineSlugs.set(previousSlug, undefined);
    this.mine.set(id, holder);
    if (holder) this.mineSlugs.set(holder.slug, id);
  }
}
