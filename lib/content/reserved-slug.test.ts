import { describe, expect, it } from 'vitest';
import { DESK_SEGMENT } from '../desk-paths';
import { strings } from '../strings';
import { pageFrontmatterSchema } from './schema';

const page = (slug: string) => ({
  slug,
  title: 'Judul',
  description: 'Keterangan halaman.',
  updatedAt: '2026-01-05T10:00:00+07:00',
});

describe('the desk’s path', () => {
  it('is no standing page’s slug (a page answers at /<slug>)', () => {
    const result = pageFrontmatterSchema.safeParse(page(DESK_SEGMENT));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['slug'], strings.content.slugReserved],
    ]);
  });

  it('is no other first segment of the site’s own either (a WordPress page named "berita")', () => {
    for (const slug of ['berita', 'kanal', 'tag', 'cari', 'images']) {
      const result = pageFrontmatterSchema.safeParse(page(slug));
      expect(
        result.error?.issues.map((i) => i.message),
        slug,
      ).toEqual([strings.content.slugReserved]);
    }
  });

  it('leaves every other slug, even one that starts like it', () => {
    expect(pageFrontmatterSchema.safeParse(page('ruang-redaksi-lama')).success).toBe(true);
    expect(pageFrontmatterSchema.safeParse(page('redaksi')).success).toBe(true);
    expect(pageFrontmatterSchema.safeParse(page('berita-foto')).success).toBe(true);
  });
});
