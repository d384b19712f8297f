import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { AccountsStore } from './accounts-port';
import { accountsOf } from './kysely/accounts';
import type { ContentProblemsStore } from './content-problems-port';
import type { AutosavesStore, DraftsStore } from './drafts-port';
import type { PresenceStore, RevisionsStore } from './revisions-port';
import { contentProblemsOf } from './kysely/content-problems';
import { autosavesOf, draftsOf } from './kysely/drafts';
import { presenceOf, revisionsOf } from './kysely/revisions';
import type { DeskImagesStore } from './images-port';
import { deskImagesOf } from './kysely/images';
import type { KyselyContentStore } from './kysely/store';
import { openPostgresStore, redactUrl } from './postgres/open';
import { openSqliteStore } from './sqlite/open';
import type { OpenedStore } from './writer-port';

export type { ContentStore, Paginated, TagCount, Visibility } from './port';
export type { OpenedStore, WritableStore } from './writer-port';
export type * from './accounts-port';
export type * from './content-problems-port';
export type * from './drafts-port';
export type * from './revisions-port';
export type * from './images-port';
export { ROLES } from './accounts-port';
export { StoreUnreachableError, redactUrl } from './postgres/open';
export { isStoreUnavailable } from './unavailable';

/**
 * The content store, opened: the one place a concrete store is made (SQLite or PostgreSQL, both
 * the Kysely store in ./kysely/); everything else holds it by its ports (./port.ts for reading,
 * ./writer-port.ts for the ingest). Layers (docs/layers.md): above content and search, below the
 * ingest.
 */

export type StoreConfig = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

/**
 * SQLite file for a content folder when WARTA_SQLITE_FILE is not set: `.data/warta.sqlite` for
 * the bundled `content/`, `.data/warta-<folder>.sqlite` for another folder in the project (the
 * hostile fixture corpus gets `.data/warta-e2e-fixtures-hostile.sqlite`), and a file in the
 * system's temp folder for a corpus outside the project (tests).
 */
export function defaultSqliteFile(contentRoot: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, contentRoot);
  if (relative === 'content')
    return path.join(/* turbopackIgnore: true */ cwd, '.data', 'warta.sqlite');
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    const name = relative
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return path.join(/* turbopackIgnore: true */ cwd, '.data', `warta-${name}.sqlite`);
  }
  const digest = createHash('sha256').update(contentRoot).digest('hex').slice(0, 12);
  return path.join(/* turbopackIgnore: true */ os.tmpdir(), `warta-store-${digest}.sqlite`);
}

/** WARTA_DATABASE_URL (postgres://…) selects PostgreSQL; otherwise SQLite. */
export function storeConfig(contentRoot: string): StoreConfig {
  const url = process.env.WARTA_DATABASE_URL?.trim();
  if (url) return { engine: 'postgres', url };
  const file = process.env.WARTA_SQLITE_FILE?.trim();
  return {
    engine: 'sqlite',
    file: file ? path.resolve(/* turbopackIgnore: true */ file) : defaultSqliteFile(contentRoot),
  };
}

export function describeStore(config: StoreConfig): string {
  return config.engine === 'postgres'
    ? `PostgreSQL ${redactUrl(config.url)}`
    : `SQLite ${path.relative(process.cwd(), config.file) || config.file}`;
}

/** The composition: both engines are the Kysely store (scripts that measure an engine reach its `db`). */
export type Opened = OpenedStore<KyselyContentStore> & { config: StoreConfig };
const opened = new Map<string, Promise<Opened>>();

/**
 * The store for a content folder, opened and migrated once per process. `rebuild` says why all
 * files must be ingested again; the ingest clears it once it has.
 */
export function openStore(contentRoot: string): Promise<Opened> {
  const config = storeConfig(contentRoot);
  const key = config.engine === 'postgres' ? config.url : config.file;
  let store = opened.get(key);
  if (!store) {
    const opening =
      config.engine === 'postgres' ? openPostgresStore(config.url) : openSqliteStore(config.file);
    store = opening.then((s): Opened => Object.assign(s, { config }));
    opened.set(key, store);
    store.catch(() => opened.delete(key));
  }
  return store;
}

/** Closes every open store (tests, scripts that must exit). */
export async function closeStores(): Promise<void> {
  const all = [...opened.values()];
  opened.clear();
  for (const pending of all) {
    const s = await pending.catch(() => undefined);
    await s?.store.close().catch(() => undefined);
  }
}

/** The newsroom desk's accounts, kept in the same store (every instance sees the same ones). */
export async function openAccounts(contentRoot: string): Promise<AccountsStore> {
  return accountsOf((await openStore(contentRoot)).store);
}

/** The newsroom desk's drafts, kept in the same store (every instance sees the same ones). */
export async function openDrafts(contentRoot: string): Promise<DraftsStore> {
  return draftsOf((await openStore(contentRoot)).store);
}

/** The newsroom desk's revisions, kept in the same store (every instance sees the same ones). */
export async function openRevisions(contentRoot: string): Promise<RevisionsStore> {
  return revisionsOf((await openStore(contentRoot)).store);
}

/** Who has which article open in the desk, in the same store (every instance sees it). */
export async function openPresence(contentRoot: string): Promise<PresenceStore> {
  return presenceOf((await openStore(contentRoot)).store);
}

/** What each person was typing in the desk's editor, in the same store. */
export async function openAutosaves(contentRoot: string): Promise<AutosavesStore> {
  return autosavesOf((await openStore(contentRoot)).store);
}

/** The problems of the content files the ingest refused, in the same store (the desk lists them). */
export async function openContentProblems(contentRoot: string): Promise<ContentProblemsStore> {
  return contentProblemsOf((await openStore(contentRoot)).store);
}

/** Images uploaded from the desk, their bytes in the same store (every instance reads them). */
export async function openDeskImages(contentRoot: string): Promise<DeskImagesStore> {
  return deskImagesOf((await openStore(contentRoot)).store);
}
