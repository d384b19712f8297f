import { describe, expect, it } from 'vitest';
import { archiveRedirects, attachmentRedirects, oldPathOf, postRedirects } from './redirects';

const site = 'https://lama.test';

describe('old addresses', () => {
  it('gives a post its permalink forms, ?p=, feed, AMP and its pages', () => {
    const list = postRedirects(
      {
        wpId: 10,
        kind: 'article',
        link: 'https://lama.test/2024/05/banjir/',
        guid: 'https://lama.test/?p=10',
        id: 'wp-10',
        slug: 'banjir',
        pages: 2,
      },
      site,
    );
    expect(new Set(list.map((r) => r.target))).toEqual(new Set(['/berita/wp-10/banjir']));
    expect(list.map((r) => r.oldPath).sort()).toEqual(
      [
        '/2024/05/banjir/',
        '/2024/05/banjir',
        '/2024/05/banjir/feed/',
        '/2024/05/banjir/amp/',
        '/2024/05/banjir/2/',
        '/?p=10',
      ].sort(),
    );
  });

  it('gives a page ?page_id= and a site in a folder its folder', () => {
    const list = postRedirects(
      {
        wpId: 20,
        kind: 'page',
        link: 'https://www.lama.test/blog/sejarah/',
        guid: '',
        slug: 'sejarah',
        pages: 1,
      },
      'https://lama.test/blog/',
    );
    expect(list.map((r) => r.oldPath)).toContain('/blog/?page_id=20');
    expect(list.map((r) => r.oldPath)).toContain('/blog/sejarah/');
    expect(list[0]?.target).toBe('/sejarah');
  });

  it('leaves out addresses of other hosts', () => {
    expect(oldPathOf('https://cdn.test/x', site)).toBeUndefined();
    expect(oldPathOf('/2024/05/x/?utm=1', site)).toBe('/2024/05/x/?utm=1');
  });

  it('sends attachment pages to their post', () => {
    expect(
      attachmentRedirects(
        101,
        'https://lama.test/2024/05/banjir/foto/',
        '/berita/wp-10/banjir',
        site,
      ).map((r) => r.oldPath),
    ).toContain('/?attachment_id=101');
  });

  it('sends archives, their pages and feeds to sections, tags and authors', () => {
    const list = archiveRedirects(
      {
        categories: [
          { path: 'daerah/pekanbaru', id: '5', section: 'riau', count: 25 },
          { path: 'opini', id: '6', tagName: 'Opini', count: 3 },
        ],
        tags: [{ slug: 'banjir', id: '', name: 'Banjir', count: 11 }],
        authors: [{ login: 'budi', id: 'budi', wpId: '2', count: 1 }],
      },
      site,
    );
    const to = (oldPath: string) => list.find((r) => r.oldPath === oldPath)?.target;
    expect(to('/category/daerah/pekanbaru/')).toBe('/kanal/riau');
    expect(to('/category/daerah/pekanbaru/page/3/')).toBe('/kanal/riau/halaman/3');
    expect(to('/category/daerah/pekanbaru/page/4/')).toBeUndefined();
    expect(to('/category/daerah/pekanbaru/feed/')).toBe('/feed/riau/rss.xml');
    expect(to('/?cat=5')).toBe('/kanal/riau');
    expect(to('/category/opini/')).toBe('/tag/opini');
    expect(to('/tag/banjir/page/2/')).toBe('/tag/banjir/halaman/2');
    expect(to('/author/budi/')).toBe('/penulis/budi');
    expect(to('/?author=2')).toBe('/penulis/budi');
    expect(to('/feed/')).toBe('/feed/rss.xml');
    expect(to('/feed/atom/')).toBe('/feed/atom.xml');
  });
});
