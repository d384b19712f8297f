import { describe, expect, it } from 'vitest';
import type { ArticleKeys, ContentChange } from '../ingest-port';
import { planInvalidation } from '../invalidation/plan';
import { routeTags } from './per-route';

/** A cached template is stale after a change exactly when it shares a tag with the plan. */
function stale(templateTags: string[], changes: ContentChange[]): boolean {
  const plan = new Set(planInvalidation(changes).tags);
  return templateTags.some((t) => plan.has(t));
}

const keys = (over: Partial<ArticleKeys> = {}): ArticleKeys => ({
  id: 'baru',
  slug: 'berita-baru',
  section: 'riau',
  tags: ['Banjir'],
  authors: ['rizki-pratama'],
  publishedAt: '2024-12-24T10:00:00+07:00',
  listed: true,
  ...over,
});

const newArticle: ContentChange[] = [{ kind: 'article', id: 'baru', after: keys() }];
const otherArticle = {
  id: 'lama',
  section: 'politik',
  tags: ['Pilkada'],
  authors: ['dewi-lestari'],
};

describe('route tags against the invalidation plan', () => {
  it('a new article in Riau reaches the front page, Riau, its tag, feeds, sitemaps and every "latest" list', () => {
    expect(stale(routeTags.front(), newArticle)).toBe(true);
    expect(stale(routeTags.section('riau'), newArticle)).toBe(true);
    expect(stale(routeTags.tag('Banjir'), newArticle)).toBe(true);
    expect(stale(routeTags.siteFeed(), newArticle)).toBe(true);
    expect(stale(routeTags.sectionFeed('riau'), newArticle)).toBe(true);
    expect(stale(routeTags.sitemaps(), newArticle)).toBe(true);
    expect(stale(routeTags.newsSitemap(), newArticle)).toBe(true);
    expect(stale(routeTags.search(), newArticle)).toBe(true);
    // Other articles show "latest", so they follow too.
    expect(stale(routeTags.article(otherArticle), newArticle)).toBe(true);
  });

  it('other listings only through their "latest" column', () => {
    expect(stale(routeTags.section('politik'), newArticle)).toBe(true);
    expect(stale(routeTags.tag('Pilkada'), newArticle)).toBe(true);
    const withdrawnDraft = keys({ listed: false });
    const draftEdit: ContentChange[] = [
      { kind: 'article', id: 'baru', before: withdrawnDraft, after: withdrawnDraft },
    ];
    expect(stale(routeTags.section('riau'), draftEdit)).toBe(false);
  });

  it('but not other section feeds, standing pages or share images', () => {
    expect(stale(routeTags.sectionFeed('politik'), newArticle)).toBe(false);
    expect(stale(routeTags.page('redaksi'), newArticle)).toBe(false);
    expect(stale(routeTags.shareImage('lama'), newArticle)).toBe(false);
  });

  it("a cached 404 of the article's URL and share image expires when it goes live", () => {
    expect(stale(routeTags.articleUrl('baru'), newArticle)).toBe(true);
    expect(stale(routeTags.shareCard('berita', 'baru'), newArticle)).toBe(true);
    expect(stale(routeTags.articleUrl('lama'), newArticle)).toBe(false);
    expect(stale(routeTags.shareCard('berita', 'lama'), newArticle)).toBe(false);
  });

  it('an edited draft touches only its own URL and share image', () => {
    const draft = keys({ listed: false });
    const change: ContentChange[] = [{ kind: 'article', id: 'baru', before: draft, after: draft }];
    expect(stale(routeTags.shareImage('baru'), change)).toBe(true);
    expect(stale(routeTags.front(), change)).toBe(false);
    expect(stale(routeTags.article(otherArticle), change)).toBe(false);
  });

  it('an author bio change reaches their bylines and page, not other articles', () => {
    const change: ContentChange[] = [{ kind: 'author', id: 'dewi-lestari' }];
    expect(stale(routeTags.article(otherArticle), change)).toBe(true);
    expect(stale(routeTags.author('dewi-lestari'), change)).toBe(true);
    expect(stale(routeTags.article({ ...otherArticle, authors: ['rizki-pratama'] }), change)).toBe(
      false,
    );
  });

  it('a standing page reaches every reader page (the footer lists them)', () => {
    const change: ContentChange[] = [{ kind: 'page', id: 'redaksi' }];
    expect(stale(routeTags.front(), change)).toBe(true);
    expect(stale(routeTags.page('kontak'), change)).toBe(true);
    expect(stale(routeTags.siteFeed(), change)).toBe(false);
  });
});
