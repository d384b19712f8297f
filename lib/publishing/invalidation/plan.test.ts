import { describe, expect, it } from 'vitest';
import { cacheTags } from '../tags/names';
import type { ArticleKeys } from '../ingest-port';
import { EVERYTHING, planInvalidation, SECTION_FEEDS_PATTERN, SITEMAP_FILES_PATTERN } from './plan';

const keys = (over: Partial<ArticleKeys> = {}): ArticleKeys => ({
  id: 'a1',
  slug: 'banjir-pekanbaru',
  section: 'riau',
  tags: ['Banjir', 'Kota Pekanbaru'],
  authors: ['rizki-pratama'],
  publishedAt: '2024-12-24T10:00:00+07:00',
  listed: true,
  ...over,
});

const paths = (plan: ReturnType<typeof planInvalidation>) =>
  plan.paths.map((p) => (p.type ? `${p.path} (${p.type})` : p.path));

describe('planInvalidation', () => {
  it('a new article: its URL, the front page, its section, tags, authors, sitemaps, feeds, search', () => {
    const plan = planInvalidation([{ kind: 'article', id: 'a1', after: keys() }]);
    expect(plan.tags).toEqual(
      [
        'a:a1',
        'l:latest',
        'l:section:riau',
        'l:tag:banjir',
        'l:tag:kota-pekanbaru',
        'l:author:rizki-pratama',
        'm:sitemaps',
        'm:news-sitemap',
        'm:feeds',
        'm:search',
      ].sort(),
    );
    expect(paths(plan)).toEqual(
      [
        '/',
        '/berita/a1',
        '/berita/a1/banjir-pekanbaru',
        '/kanal/riau',
        '/feed/riau/rss.xml',
        '/tag/banjir',
        '/tag/kota-pekanbaru',
        '/penulis/rizki-pratama',
        '/sitemap.xml',
        '/news-sitemap.xml',
        '/sitemaps/[file] (layout)',
        '/feed/rss.xml',
        '/feed/atom.xml',
        '/feed/feed.json',
      ].sort(),
    );
  });

  it('a changed slug, section, tag and author: both the old and the new ones', () => {
    const before = keys();
    const after = keys({
      slug: 'banjir-surut',
      section: 'nasional',
      tags: ['Banjir'],
      authors: ['dewi-lestari'],
    });
    const plan = planInvalidation([{ kind: 'article', id: 'a1', before, after }]);
    expect(plan.tags).toEqual(
      expect.arrayContaining([
        'l:section:riau',
        'l:section:nasional',
        'l:tag:kota-pekanbaru',
        'l:author:rizki-pratama',
        'l:author:dewi-lestari',
      ]),
    );
    expect(paths(plan)).toEqual(
      expect.arrayContaining([
        '/berita/a1/banjir-pekanbaru',
        '/berita/a1/banjir-surut',
        '/kanal/riau',
        '/kanal/nasional',
        '/feed/nasional/rss.xml',
        '/penulis/dewi-lestari',
      ]),
    );
  });

  it('a withdrawal (listed → not listed) still empties every list it was on', () => {
    const plan = planInvalidation([
      { kind: 'article', id: 'a1', before: keys(), after: keys({ listed: false }) },
    ]);
    expect(plan.tags).toEqual(
      expect.arrayContaining(['l:latest', 'l:section:riau', 'm:news-sitemap']),
    );
  });

  it('a draft edited as a draft touches its own URL only, no list', () => {
    const draft = keys({ listed: false });
    const plan = planInvalidation([{ kind: 'article', id: 'a1', before: draft, after: draft }]);
    expect(plan.tags).toEqual(['a:a1']);
    expect(paths(plan)).toEqual(['/berita/a1', '/berita/a1/banjir-pekanbaru']);
  });

  it('a deleted article (no after) clears what the before version was on', () => {
    const plan = planInvalidation([{ kind: 'article', id: 'a1', before: keys() }]);
    expect(plan.tags).toContain('l:tag:banjir');
    expect(paths(plan)).toContain('/berita/a1/banjir-pekanbaru');
  });

  it('a batch is one deduplicated plan', () => {
    const plan = planInvalidation([
      { kind: 'article', id: 'a1', after: keys() },
      { kind: 'article', id: 'a2', after: keys({ id: 'a2', slug: 'lain' }) },
    ]);
    expect(plan.tags.filter((t) => t === cacheTags.latest)).toHaveLength(1);
    expect(plan.paths.filter((p) => p.path === '/')).toHaveLength(1);
    expect(plan.tags).toEqual(expect.arrayContaining(['a:a1', 'a:a2']));
  });

  it('an author: the profile wherever it shows, the author pages, feeds and sitemaps', () => {
    const plan = planInvalidation([{ kind: 'author', id: 'rizki-pratama' }]);
    expect(plan.tags).toEqual(
      expect.arrayContaining([
        'p:author:rizki-pratama',
        'l:author:rizki-pratama',
        'm:feeds',
        'm:sitemaps',
      ]),
    );
    expect(plan.tags).not.toContain('l:latest');
    expect(paths(plan)).toContain('/penulis/rizki-pratama');
    expect(plan.paths).toContainEqual(SECTION_FEEDS_PATTERN);
    expect(plan.paths).not.toContainEqual(EVERYTHING);
  });

  it('a section: its name is in every page header, so every page', () => {
    const plan = planInvalidation([{ kind: 'section', id: 'riau' }]);
    expect(plan.paths).toContainEqual(EVERYTHING);
    expect(plan.tags).toEqual(expect.arrayContaining(['p:sections', 'l:section:riau']));
  });

  it('a standing page: the page, the footer list, the sitemaps', () => {
    const plan = planInvalidation([{ kind: 'page', id: 'redaksi' }]);
    expect(plan.tags).toEqual(['m:sitemaps', 'p:page:redaksi', 'p:pages']);
    expect(plan.paths).toEqual(
      expect.arrayContaining([
        { path: '/redaksi' },
        { path: '/sitemap.xml' },
        SITEMAP_FILES_PATTERN,
      ]),
    );
  });

  it('nothing changed: nothing to revalidate', () => {
    expect(planInvalidation([])).toEqual({ tags: [], paths: [] });
  });
});
