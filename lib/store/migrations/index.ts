import type { MigrationProvider } from 'kysely';
import { contentTables } from './0001-store';
import { scalableListings } from './0002-scalable-listings';
import { articleReferences } from './0003-article-refs';
import { newestFirstSearch } from './0004-newest-first-search';
import { searchWords } from './0005-search-words';
import { spacedBlockText } from './0006-spaced-block-text';
import { deskAccounts } from './0007-desk-accounts';
import { compactStore } from './0008-compact-store';
import { redirects } from './0009-redirects';
import { rankedSearchPositions } from './0010-ranked-search-positions';
import { deskDrafts } from './0011-desk-drafts';
import { deskRevisions } from './0012-desk-revisions';
import { deskList } from './0013-desk-list';
import { deskAutosaves } from './0014-desk-autosaves';
import { contentProblems } from './0015-content-problems';
import { deskImages } from './0016-desk-images';
import type { Engine } from './shared';

export type { Engine } from './shared';

/**
 * The schema, one migration per version and one file per migration, shared by both engines;
 * only the search index differs (FTS5 on SQLite, a weighted tsvector with a GIN index on
 * PostgreSQL). A new version is a new file and a new entry here; the store then re-ingests every
 * file (see openStore). The keys are recorded in every existing database: never rename one.
 */
export function migrationProvider(engine: Engine): MigrationProvider {
  return {
    async getMigrations() {
      return {
        '0001_store': contentTables(engine),
        '0002_scalable_listings': scalableListings(engine),
        '0003_article_refs': articleReferences(engine),
        '0004_newest_first_search': newestFirstSearch(engine),
        '0005_search_words': searchWords(engine),
        '0006_spaced_block_text': spacedBlockText(engine),
        '0007_desk_accounts': deskAccounts(),
        '0008_compact_store': compactStore(engine),
        '0009_redirects': redirects(),
        // PostgreSQL's vector only: SQLite has nothing to change, and so nothing to re-ingest.
        ...(engine === 'postgres' && { '0010_ranked_search_positions': rankedSearchPositions() }),
        '0011_desk_drafts': deskDrafts(),
        '0012_desk_revisions': deskRevisions(),
        '0013_desk_list': deskList(),
        '0014_desk_autosaves': deskAutosaves(),
        '0015_content_problems': contentProblems(),
        '0016_desk_images': deskImages(engine),
      };
    },
  };
}
