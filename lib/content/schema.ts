import { z } from 'zod';

/**
 * The only definition of each kind of content. Types are inferred from these schemas; nothing
 * downstream re-checks or casts. Every object is strict, so a misspelt field is an error.
 */

/** Type error that says "wajib diisi" when the field is missing altogether. */
const expected = (message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'wajib diisi' : message),
});

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const contentId = z
  .string(expected('harus berupa teks'))
  .regex(idPattern, { error: 'hanya huruf kecil, angka, dan tanda hubung (contoh: "a1b2c3d4")' });

const requiredText = (what: string) =>
  z
    .string(expected(`${what} harus berupa teks`))
    .trim()
    .min(1, { error: `${what} tidak boleh kosong` });

/** An absolute instant with its time zone, e.g. "2024-12-23T10:15:00+07:00". */
export const instant = z
  .string(
    expected('harus berupa tanggal dan jam dengan zona waktu (contoh: 2024-12-23T10:15:00+07:00)'),
  )
  .regex(isoInstant, {
    error: 'format tanggal harus "YYYY-MM-DDTHH:MM:SS+07:00" (dengan zona waktu)',
    abort: true,
  })
  .refine((value) => !Number.isNaN(new Date(value).getTime()) && sameCalendarDate(value), {
    error: 'tanggal tidak ada di kalender',
  })
  .transform((value) => new Date(value));

function sameCalendarDate(value: string): boolean {
  // Date() rolls "2024-02-30" over to March; reject instead of guessing.
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? [];
  const probe = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return probe.getUTCMonth() === Number(m) - 1 && probe.getUTCDate() === Number(d);
}

const httpUrl = z
  .url({
    protocol: /^https?$/,
    ...expected('harus berupa URL lengkap yang diawali http:// atau https://'),
  })
  .max(2000);

export const imageSchema = z.strictObject({
  src: z
    .string(expected('harus berupa path gambar'))
    .regex(/^\/images\/[A-Za-z0-9/_.-]+\.(?:jpe?g|png|webp)$/, {
      error: 'harus berupa path di bawah /images/ yang berakhiran .jpg, .jpeg, .png, atau .webp',
    }),
  alt: requiredText('Teks alternatif (alt)').max(250, { error: 'alt paling banyak 250 karakter' }),
  caption: requiredText('Keterangan foto').optional(),
  credit: requiredText('Kredit foto'),
});

export const sourceSchema = z.strictObject({
  name: requiredText('Nama sumber'),
  url: httpUrl.optional(),
});

export const correctionSchema = z.strictObject({
  date: instant,
  text: requiredText('Isi ralat'),
});

export const withdrawalSchema = z.strictObject({
  date: instant,
  reason: requiredText('Alasan pencabutan'),
});

export const articleFrontmatterSchema = z
  .strictObject({
    id: contentId,
    slug: z
      .string(expected('harus berupa teks'))
      .regex(idPattern, { error: 'hanya huruf kecil, angka, dan tanda hubung' })
      .max(120, { error: 'paling banyak 120 karakter' }),
    title: requiredText('Judul').max(160, { error: 'judul paling banyak 160 karakter' }),
    summary: requiredText('Ringkasan').max(300, { error: 'ringkasan paling banyak 300 karakter' }),
    section: contentId,
    tags: z
      .array(requiredText('Tag'), expected('harus berupa daftar tag'))
      .max(12, { error: 'paling banyak 12 tag' })
      .default([]),
    authors: z
      .array(contentId, expected('harus berupa daftar id penulis'))
      .min(1, { error: 'harus ada setidaknya satu penulis' }),
    publishedAt: instant,
    updatedAt: instant.optional(),
    image: imageSchema,
    dateline: requiredText('Dateline').max(60, { error: 'dateline paling banyak 60 karakter' }),
    sources: z.array(sourceSchema, expected('harus berupa daftar sumber')).default([]),
    related: z.array(contentId, expected('harus berupa daftar id artikel')).default([]),
    status: z.enum(['draft', 'published'], expected('harus "draft" atau "published"')),
    verified: z.boolean(expected('harus true atau false')).default(true),
    corrections: z.array(correctionSchema, expected('harus berupa daftar ralat')).default([]),
    withdrawn: withdrawalSchema.optional(),
  })
  .superRefine((article, ctx) => {
    if (article.updatedAt && article.updatedAt < article.publishedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: 'tidak boleh lebih awal dari publishedAt',
      });
    }
    if (article.related.includes(article.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['related'],
        message: 'artikel tidak boleh terkait dengan dirinya sendiri',
      });
    }
  });

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

export const authorSchema = z.strictObject({
  id: contentId,
  name: requiredText('Nama'),
  role: requiredText('Jabatan'),
  bio: requiredText('Biografi').max(600, { error: 'biografi paling banyak 600 karakter' }),
  email: z.email(expected('harus berupa alamat e-mail')).optional(),
  sameAs: z.array(httpUrl, expected('harus berupa daftar URL')).default([]),
});

export type Author = z.infer<typeof authorSchema>;

export const sectionSchema = z.strictObject({
  id: contentId,
  name: requiredText('Nama rubrik'),
  description: requiredText('Deskripsi rubrik'),
});

export const sectionsFileSchema = z.strictObject({
  sections: z
    .array(sectionSchema, expected('harus berupa daftar rubrik'))
    .min(1, { error: 'harus ada setidaknya satu rubrik' }),
});

export type Section = z.infer<typeof sectionSchema>;

export const pageFrontmatterSchema = z.strictObject({
  slug: contentId,
  title: requiredText('Judul'),
  description: requiredText('Deskripsi').max(300, { error: 'paling banyak 300 karakter' }),
  updatedAt: instant,
  order: z.number(expected('harus berupa angka')).int().default(100),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
