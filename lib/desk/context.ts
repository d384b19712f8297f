import { contentRoot, publicRoot } from '../content/paths';
import { readyStore } from '../ingest/ready';
import { now as siteNow } from '../now';
import { formPreviewResponse } from '../render/pages/preview';
import { storeRoute } from '../render/unavailable';
import { siteConfig } from '../site-config';
import { publishFromDesk } from '../publishing/endpoint/deps';
import { configuredSecret } from '../publishing/endpoint/secret';
import {
  openAccounts,
  openAutosaves,
  openContentProblems,
  openDeskImages,
  openDrafts,
  openPresence,
  openRevisions,
} from '../store';
import type { AccountsStore } from '../store/accounts-port';
import { EVERY, recentArticles, suggestedTags } from '../store/kysely/desk-stores';
import type { DeskContent } from './articles';
import type { DeskDeps } from './handlers';
import { announceSetupLink } from './setup';

/**
 * The desk wired to the running server: the accounts in the content store (SQLite or
 * PostgreSQL, as configured), the machine's clock for sessions and limits, the store's articles.
 * Kept on globalThis like the ready store (lib/ingest/ready.ts): Next bundles the routes apart.
 */
const KEY = Symbol.for('warta.desk.accounts');
const holder = globalThis as { [KEY]?: Promise<AccountsStore> };

export function deskAccounts(): Promise<AccountsStore> {
  if (!holder[KEY]) {
    const opening = readyStore().then(() => openAccounts(contentRoot()));
    holder[KEY] = opening;
    opening.catch(() => {
      holder[KEY] = undefined;
    });
  }
  return holder[KEY];
}

/** What the article editor reads: every article whatever its status or time, sections, authors, suggestions. */
const deskContent: DeskContent = {
  article: async (id) => (await readyStore()).articleById(id, EVERY),
  sections: async () => (await readyStore()).sections(),
  authors: async () => (await readyStore()).authors(),
  tags: async () => suggestedTags(await readyStore()),
  recent: async () => recentArticles(await readyStore()),
};

export async function deskDeps(): Promise<DeskDeps> {
  const accounts = await deskAccounts();
  return {
    accounts,
    now: () => new Date(),
    production: process.env.NODE_ENV === 'production',
    siteOrigin: siteConfig.url,
    articles: async (request) => (await readyStore()).deskList(request),
    drafts: await openDrafts(contentRoot()),
    autosaves: await openAutosaves(contentRoot()),
    revisions: await openRevisions(contentRoot()),
    presence: await openPresence(contentRoot()),
    problems: await openContentProblems(contentRoot()),
    content: deskContent,
    publish: publishFromDesk,
    siteNow,
    previewSecret: configuredSecret('WARTA_PREVIEW_SECRET'),
    publicRoot: publicRoot(),
    images: await openDeskImages(contentRoot()),
    previewPage: formPreviewResponse,
  };
}

/** A desk route: its handler with the server's dependencies, the 503 page while the store is down. */
export function deskRoute(
  handler: (request: Request, deps: DeskDeps) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return storeRoute(async (request: Request) => handler(request, await deskDeps()));
}

/** At the server's start (instrumentation.ts): the first admin's link, while there is none. */
export async function announceDeskSetup(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  await announceSetupLink(await deskAccounts(), siteConfig.url, new Date());
}
