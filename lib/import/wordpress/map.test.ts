import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../content/document';
import {
  articleFrontmatterSchema,
  authorSchema,
  pageFrontmatterSchema,
} from '../../content/schema';
import { authorFile, clip, mapPage, mapPost, slugFrom, wpInstant, type MapContext } from './map';
import type { FileRecord, ManifestView } from './manifest';
import { reusingMapper, sourceKey, type MapOne } from './reuse';
import { mapOne, uniqueFileMapper } from './unique-files';
import type { WxrItem } from './wxr-records';

const ctx: MapContext = {
  siteUrl: 'https://lama.test/',
  attachment: (id) =>
    id === 7
      ? {
          id,
          url: 'https://lama.test/wp-content/uploads/2024/05/foto.jpg',
          title: 'Foto',
          alt: 'Warga',
          caption: 'Keterangan.',
          credit: 'Kabar',
        }
      : undefined,
  image: (url) => (url.endsWith('foto.jpg') ? '/images/wp/2024/05/foto.jpg' : undefined),
  site: {
    siteUrl: 'https://lama.test/',
    siteName: 'Kabar Lama',
    utcOffset: '+07:00',
    dateline: 'KABAR LAMA',
    defaultImage: {
      src: '/images/wp/gambar-bawaan.jpg',
      alt: 'Gambar bawaan Kabar Lama',
      credit: 'Kabar Lama',
    },
  },
  sections: { default: 'riau', categories: { politik: 'nasional' } },
  authorOf: (login) => login.toLowerCase(),
};

function item(over: Partial<WxrItem> = {}): WxrItem {
  return {
    title: 'Banjir di Kampar',
    link: 'https://lama.test/2024/05/banjir/',
    guid: 'https://lama.test/?p=12',
    creator: 'budi',
    content: 'Air naik.\n\nWarga mengungsi.',
    excerpt: '',
    postId: 12,
    postDate: '2024-05-01 10:00:00',
    postDateGmt: '2024-05-01 03:00:00',
    postModified: '',
    postModifiedGmt: '',
    postName: 'banjir',
    status: 'publish',
    postType: 'post',
    postParent: 0,
    menuOrder: 0,
    password: '',
    sticky: false,
    attachmentUrl: '',
    terms: [],
    meta: new Map(),
    truncated: [],
    ...over,
  };
}

/** The file as content:check reads it: frontmatter valid by the project's own schema. */
function frontmatterOf(text: string) {
  return articleFrontmatterSchema.parse(parseDocument(text).data);
}

describe('slugFrom', () => {
  it('percent-decodes post_name and drops zero-width and bidi characters', () => {
    expect(slugFrom('%e2%80%8bbanjir-kampar', '', 'wp-1')).toBe('banjir-kampar');
    expect(slugFrom('\u202ebanjir\u200d-riau', '', 'wp-1')).toBe('banjir-riau');
    expect(slugFrom('caf%C3%A9-pekanbaru', '', 'wp-1')).toBe('cafe-pekanbaru');
  });

  it('falls back on the title, then on the id; never longer than 120', () => {
    expect(slugFrom('', 'Harga &amp; Sawit', 'wp-1')).toBe('harga-sawit');
    expect(slugFrom('%d8%a7%d9%84%d8%b9%d8%b1%d8%a8%d9%8a%d8%a9', 'العربية', 'wp-1')).toBe('wp-1');
    expect(slugFrom('a-'.repeat(100), '', 'wp-1').length).toBeLessThanOrEqual(120);
  });
});

describe('wpInstant', () => {
  it('takes the GMT date when set and shows it in the site offset', () => {
    expect(wpInstant('2024-05-01 10:00:00', '2024-05-01 03:00:00', '+07:00')).toBe(
      '2024-05-01T10:00:00+07:00',
    );
  });
  it('reads post_date in the site time when the GMT date is empty (drafts)', () => {
    expect(wpInstant('2024-05-01 10:00:00', '0000-00-00 00:00:00', '+07:00')).toBe(
      '2024-05-01T10:00:00+07:00',
    );
    expect(wpInstant('', '', '+07:00')).toBeUndefined();
  });
});

describe('mapPost', () => {
  it('maps a published post through the article schema, featured image included', () => {
    const result = mapPost(
      item({
        meta: new Map([['_thumbnail_id', '7']]),
        terms: [
          { domain: 'category', nicename: 'politik', name: 'Politik' },
          { domain: 'category', nicename: 'daerah', name: 'Daerah' },
          { domain: 'post_tag', nicename: 'banjir', name: 'Banjir' },
        ],
      }),
      ctx,
    );
    if (!result.ok) throw new Error(result.reason);
    const data = frontmatterOf(result.file.text);
    expect(data).toMatchObject({
      id: 'wp-12',
      slug: 'banjir',
      section: 'nasional',
      tags: ['Daerah', 'Banjir'],
      authors: ['budi'],
      status: 'published',
      summary: 'Air naik. Warga mengungsi.',
      image: {
        src: '/images/wp/2024/05/foto.jpg',
        alt: 'Warga',
        caption: 'Keterangan.',
        credit: 'Kabar',
      },
    });
    expect(data.publishedAt.toISOString()).toBe('2024-05-01T03:00:00.000Z');
    expect(result.file.notes).toEqual([]);
  });

  it('gives a post without a featured image the site default image, and says so', () => {
    const result = mapPost(item(), ctx);
    if (!result.ok) throw new Error(result.reason);
    expect(frontmatterOf(result.file.text).image.src).toBe('/images/wp/gambar-bawaan.jpg');
    expect(result.file.notes[0]?.kind).toBe('approximate');
  });

  it('maps statuses: future is scheduled, draft and pending are drafts, private and protected are not public', () => {
    const status = (over: Partial<WxrItem>) => {
      const result = mapPost(item(over), ctx);
      return result.ok
        ? [result.file.status, frontmatterOf(result.file.text).status]
        : result.reason;
    };
    expect(
      status({
        status: 'future',
        postDate: '2099-01-01 10:00:00',
        postDateGmt: '2099-01-01 03:00:00',
      }),
    ).toEqual(['scheduled', 'published']);
    expect(status({ status: 'draft' })).toEqual(['draft', 'draft']);
    expect(status({ status: 'pending' })).toEqual(['draft', 'draft']);
    expect(status({ status: 'private' })).toEqual(['draft', 'draft']);
    expect(status({ password: 'rahasia' })).toEqual(['draft', 'draft']);
    expect(status({ status: 'trash' })).toMatch(/trash/);
    expect(status({ status: 'auto-draft' })).toMatch(/auto-draft/);
  });

  it('cuts what the schema limits (title, summary, tags) instead of failing', () => {
    const terms = Array.from({ length: 15 }, (_, i) => ({
      domain: 'post_tag',
      nicename: `t${i}`,
      name: `Tag ${i}`,
    }));
    const result = mapPost(
      item({ title: 'Judul '.repeat(40), excerpt: 'Kata '.repeat(100), terms }),
      ctx,
    );
    if (!result.ok) throw new Error(result.reason);
    const data = frontmatterOf(result.file.text);
    expect(data.title.length).toBeLessThanOrEqual(160);
    expect(data.summary.length).toBeLessThanOrEqual(300);
    expect(data.tags).toHaveLength(12);
  });

  it('takes a slug given for a clash', () => {
    const result = mapPost(item(), ctx, 'banjir-12');
    expect(result.ok && result.file.slug).toBe('banjir-12');
  });

  it('keeps only the words of a title with markup, and reports it and a slug cleaned of invisible characters', () => {
    const result = mapPost(
      item({
        title: 'Warga <script>alert("judul")</script>menolak <b>tambang</b>',
        postName: '%e2%80%aewarga-menolak%e2%80%8b-tambang',
      }),
      ctx,
    );
    if (!result.ok) throw new Error(result.reason);
    const data = frontmatterOf(result.file.text);
    expect(data.title).toBe('Warga menolak tambang');
    expect(data.slug).toBe('warga-menolak-tambang');
    expect(result.file.notes.map((n) => n.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^judul berisi kode HTML/),
        expect.stringMatching(/karakter tak terlihat.*"warga-menolak-tambang"/),
      ]),
    );
    const page = mapPage(
      item({ postType: 'page', postName: 'profil%e2%80%8f', title: 'Profil' }),
      ctx,
    );
    expect(page.ok && page.file.notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/karakter tak terlihat.*"profil"/),
    ]);
    // A plain title and slug: nothing to report.
    const plain = mapPost(item({ title: 'Harga &amp; sawit' }), ctx);
    expect(plain.ok && plain.file.notes.map((n) => n.message)).toEqual([
      'tanpa gambar utama: memakai gambar bawaan situs',
    ]);
  });
});

describe('mapPage and authorFile', () => {
  it('maps a published page to a standing page; other pages are not imported', () => {
    const result = mapPage(
      item({ postType: 'page', postName: 'sejarah', title: 'Sejarah', menuOrder: 3 }),
      ctx,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.file.path).toBe('pages/sejarah.md');
    expect(pageFrontmatterSchema.parse(parseDocument(result.file.text).data)).toMatchObject({
      slug: 'sejarah',
      order: 3,
    });
    expect(mapPage(item({ postType: 'page', status: 'draft' }), ctx).ok).toBe(false);
  });

  it('makes a valid author file without the e-mail address', () => {
    const made = authorFile(
      {
        id: '2',
        login: 'sari.w',
        email: 'sari@lama.test',
        displayName: 'Sari &amp; Wulan',
        firstName: '',
        lastName: '',
      },
      'Kabar Lama',
    );
    expect(made?.id).toBe('sari-w');
    expect(made?.text).not.toContain('@');
    expect(authorSchema.parse(parseDocument(`---\n${made?.text}---\n`).data).name).toBe(
      'Sari & Wulan',
    );
  });

  it('clips at a word with an ellipsis', () => {
    expect(clip('satu dua tiga empat', 12)).toBe('satu dua…');
  });
});

/** A manifest of these records, none of them this run's. */
function recorded(files = new Map<string, FileRecord>()): ManifestView {
  return { get: (rel) => files.get(rel), has: (rel) => files.has(rel), version: () => -1 };
}

describe('uniqueFileMapper', () => {
  const nothingYet = {
    ids: new Map(),
    slugs: new Map(),
    pages: new Set<string>(),
    authors: new Set<string>(),
  };

  it('maps an article whose slug another file holds once, with its id in the slug', () => {
    const asked: (string | undefined)[] = [];
    const counting: MapOne = (it, c, kind, slug) => {
      asked.push(slug);
      return mapOne(it, c, kind, slug);
    };
    const mapper = uniqueFileMapper(nothingYet, recorded(), counting);
    expect(mapper(item({ postId: 12 }), ctx).ok).toBe(true);
    const second = mapper(item({ postId: 13 }), ctx);
    expect(second.ok && second.file.slug).toBe('banjir-13');
    expect(second.ok && second.file.notes.map((n) => n.message)).toContainEqual(
      expect.stringContaining('"banjir-13"'),
    );
    expect(asked).toEqual([undefined, 'banjir-13']);
  });

  it('takes such an article as recorded on a re-run, converting nothing while the slug is held', () => {
    const twice = item({ postId: 13 });
    const run = 'kunci-run';
    const note = { kind: 'approximate' as const, message: 'slug "banjir" sudah dipakai' };
    const files = new Map([
      [
        'articles/wp-13.md',
        { hash: 'h', source: sourceKey(run, twice, 'banjir-13'), notes: [note] },
      ],
    ]);
    const converted: (string | undefined)[] = [];
    const reuse = reusingMapper(
      recorded(files),
      run,
      () => true,
      (it, c, kind, slug) => {
        converted.push(slug);
        return mapOne(it, c, kind, slug);
      },
    );
    expect(reuse.reusable(twice, 'article')).toBe(true);
    const held = { ...nothingYet, slugs: new Map([['banjir', 'articles/wp-12.md']]) };
    const again = uniqueFileMapper(held, recorded(files), reuse.map)(twice, ctx);
    expect(again.ok && again.file).toMatchObject({
      reused: true,
      slug: 'banjir-13',
      notes: [note],
    });
    expect(converted).toEqual([]);
    // The slug free again: the post takes it, converted anew.
    const freed = uniqueFileMapper(nothingYet, recorded(files), reuse.map)(twice, ctx);
    expect(freed.ok && freed.file.slug).toBe('banjir');
    expect(converted).toEqual([undefined]);
  });

  it('gives a page named like one of the site’s own paths its WordPress id, with a note', () => {
    const mapper = uniqueFileMapper(nothingYet, recorded());
    const page = (postName: string, postId: number) =>
      mapper(item({ postType: 'page', postName, postId, title: 'Berita' }), ctx);
    const berita = page('berita', 31);
    if (!berita.ok) throw new Error(berita.reason);
    expect(berita.file.slug).toBe('berita-31');
    expect(berita.file.notes.map((n) => n.message).join()).toContain('berita-31');
    const document = parseDocument(berita.file.text);
    expect(pageFrontmatterSchema.safeParse(document.data).success).toBe(true);
    const about = page('tentang-kami', 32);
    expect(about.ok && about.file.slug).toBe('tentang-kami');
  });
});
