import {
  articlePath,
  authorPath,
  feedPath,
  pagePath,
  sectionFeedPath,
  sectionPath,
  tagPath,
} from '../../urls';
import { cacheTags } from '../tags/names';
import type { ArticleKeys, ContentChange } from '../ingest-port';

/** One revalidatePath call: a literal URL path, or a route pattern with its type. */
export interface PathTarget {
  path: string;
  type?: 'page' | 'layout';
}

/** What one batch of content changes makes stale: tags first, literal paths as a second net. */
export interface InvalidationPlan {
  tags: string[];
  paths: PathTarget[];
}

export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
/**
 * The child sitemaps (/sitemaps/<file>): which chunk holds an article is the store's business,
 * so the whole family goes. A route handler answers to its pattern only with type 'layout'
 * (measured on Next 16.4.6: 'page' leaves route handlers untouched).
 */
export const SITEMAP_FILES_PATTERN: PathTarget = { path: '/sitemaps/[file]', type: 'layout' };
/** Every section feed: an author's name is in the items of any of them. */
export const SECTION_FEEDS_PATTERN: PathTarget = {
  path: '/feed/[section]/rss.xml',
  type: 'layout',
};
/** Every cached document: only a section change (its name is in every page's navigation) needs it. */
export const EVERYTHING: PathTarget = { path: '/', type: 'layout' };

const SITE_FEEDS = [feedPath('rss'), feedPath('atom'), feedPath('json')];

class PlanBuilder {
  private readonly tags = new Set<string>();
  private readonly paths = new Map<string, PathTarget>();

  tag(...tags: string[]): void {
    for (const tag of tags) this.tags.add(tag);
  }

  path(...targets: (string | PathTarget)[]): void {
    for (const target of targets) {
      const t = typeof target === 'string' ? { path: target } : target;
      this.paths.set(`${t.type ?? ''} ${t.path}`, t);
    }
  }

  build(): InvalidationPlan {
    const paths = [...this.paths.values()].sort(
      (a, b) => a.path.localeCompare(b.path) || (a.type ?? '').localeCompare(b.type ?? ''),
    );
    return { tags: [...this.tags].sort(), paths };
  }
}

/** Machine-readable lists that name articles: sitemaps, Google News sitemap, feeds, search. */
function machineLists(plan: PlanBuilder): void {
  plan.tag(cacheTags.sitemaps, cacheTags.newsSitemap, cacheTags.feeds, cacheTags.search);
  plan.path(SITEMAP_INDEX_PATH, NEWS_SITEMAP_PATH, SITEMAP_FILES_PATTERN, ...SITE_FEEDS);
}

function articleChange(plan: PlanBuilder, id: string, versions: ArticleKeys[]): void {
  plan.tag(cacheTags.article(id));
  // The id URL redirects to the current slug; the old slug's URL now redirects too.
  plan.path(`/berita/${id}`, ...versions.map((v) => articlePath({ id, slug: v.slug })));
  // A draft that stays a draft (or a withdrawn article still withdrawn) is on no list.
  if (!versions.some((v) => v.listed)) return;
  plan.tag(cacheTags.latest);
  plan.path('/');
  machineLists(plan);
  for (const v of versions) {
    plan.tag(cacheTags.section(v.section));
    plan.path(sectionPath(v.section), sectionFeedPath(v.section));
    for (const tag of v.tags) {
      plan.tag(cacheTags.tag(tag));
      plan.path(tagPath(tag));
    }
    for (const author of v.authors) {
      plan.tag(cacheTags.authorList(author));
      plan.path(authorPath(author));
    }
  }
}

/**
 * The exact tags and paths a batch of content changes makes stale. Old and new versions both
 * count: a moved article leaves its old section, tags and authors as it joins the new ones.
 */
export function planInvalidation(changes: readonly ContentChange[]): InvalidationPlan {
  const plan = new PlanBuilder();
  for (const change of changes) {
    switch (change.kind) {
      case 'article': {
        const versions = [change.before, change.after].filter((v): v is ArticleKeys => !!v);
        articleChange(plan, change.id, versions);
        break;
      }
      case 'author':
        plan.tag(cacheTags.author(change.id), cacheTags.authorList(change.id));
        plan.path(authorPath(change.id), SECTION_FEEDS_PATTERN);
        machineLists(plan);
        break;
      case 'section':
        plan.tag(cacheTags.sections, cacheTags.section(change.id));
        plan.path(EVERYTHING);
        machineLists(plan);
        break;
      case 'page':
        plan.tag(cacheTags.page(change.id), cacheTags.pages);
        plan.path(pagePath(change.id), SITEMAP_INDEX_PATH, SITEMAP_FILES_PATTERN);
        plan.tag(cacheTags.sitemaps);
        break;
    }
  }
  return plan.build();
}

/** True when the plan touches nothing (an empty batch). */
export function isEmptyPlan(plan: InvalidationPlan): boolean {
  return plan.tags.length === 0 && plan.paths.length === 0;
}
