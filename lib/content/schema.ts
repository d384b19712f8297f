import { z } from 'zod';
import { strings } from '../strings';
import { imagePathEscapes } from './image-path';
import { SITE_SEGMENTS } from '../site-segments';

const m = strings.content;
const label = m.label;
const noun = m.noun;

/**
 * The only definition of each kind of content. Types are inferred from these schemas; nothing
 * downstream re-checks or casts. Every object is strict, so a misspelt field is an error.
 */

/** Type error that says "wajib diisi" when the field is missing altogether. */
const expected = (message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? m.required : message),
});

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const contentId = z.string(expected(m.text)).regex(idPattern, { error: m.idFormat });

const requiredText = (what: string) =>
  z
    .string(expected(m.fieldText(what)))
    .trim()
    .min(1, { error: m.fieldEmpty(what) });

/** An absolute instant with its time zone, e.g. "2024-12-23T10:15:00+07:00". */
export const instant = z
  .string(expected(m.instant))
  .regex(isoInstant, {
    error: m.instantFormat,
    abort: true,
  })
  .refine((value) => !Number.isNaN(new Date(value).getTime()) && sameCalendarDate(value), {
    error: m.noSuchDate,
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
    ...expected(m.httpUrl),
  })
  .max(2000);

export const imageSchema = z.strictObject({
  src: z
    .string(expected(m.imagePath))
    .refine((src) => !imagePathEscapes(src), {
      error: m.imagePathEscapes('image.src'),
      abort: true,
    })
    .regex(/^\/images\/[A-Za-z0-9/_.-]+\.(?:jpe?g|png|webp)$/, { error: m.imagePathFormat }),
  alt: requiredText(label.alt).max(250, { error: m.maxChars(250, noun.alt) }),
  caption: requiredText(label.caption).optional(),
  credit: requiredText(label.credit),
});

export const sourceSchema = z.strictObject({
  name: requiredText(label.sourceName),
  url: httpUrl.optional(),
});

export const correctionSchema = z.strictObject({
  date: instant,
  text: requiredText(label.correction),
});

export const withdrawalSchema = z.strictObject({
  date: instant,
  reason: requiredText(label.withdrawalReason),
});

export const articleFrontmatterSchema = z
  .strictObject({
    id: contentId,
    slug: z
      .string(expected(m.text))
      .regex(idPattern, { error: m.slugFormat })
      .max(120, { error: m.maxChars(120) }),
    title: requiredText(label.title).max(160, { error: m.maxChars(160, noun.title) }),
    summary: requiredText(label.summary).max(300, { error: m.maxChars(300, noun.summary) }),
    section: contentId,
    tags: z
      .array(requiredText(label.tag), expected(m.listOf(noun.tags)))
      .max(12, { error: m.maxTags(12) })
      .default([]),
    authors: z
      .array(contentId, expected(m.listOf(noun.authorIds)))
      .min(1, { error: m.atLeastOne(noun.author) }),
    publishedAt: instant,
    updatedAt: instant.optional(),
    image: imageSchema,
    dateline: requiredText(label.dateline).max(60, { error: m.maxChars(60, noun.dateline) }),
    sources: z.array(sourceSchema, expected(m.listOf(noun.sources))).default([]),
    related: z.array(contentId, expected(m.listOf(noun.articleIds))).default([]),
    status: z.enum(['draft', 'published'], expected(m.status)),
    verified: z.boolean(expected(m.boolean)).default(true),
    corrections: z.array(correctionSchema, expected(m.listOf(noun.corrections))).default([]),
    withdrawn: withdrawalSchema.optional(),
  })
  .superRefine((article, ctx) => {
    if (article.updatedAt && article.updatedAt < article.publishedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: m.updatedBeforePublished,
      });
    }
    if (article.related.includes(article.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['related'],
        message: m.relatedToItself,
      });
    }
  });

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

export const authorSchema = z.strictObject({
  id: contentId,
  name: requiredText(label.name),
  role: requiredText(label.role),
  bio: requiredText(label.bio).max(600, { error: m.maxChars(600, noun.bio) }),
  email: z.email(expected(m.email)).optional(),
  sameAs: z.array(httpUrl, expected(m.listOf(noun.urls))).default([]),
});

export type Author = z.infer<typeof authorSchema>;

export const sectionSchema = z.strictObject({
  id: contentId,
  name: requiredText(label.sectionName),
  description: requiredText(label.sectionDescription),
});

export const sectionsFileSchema = z.strictObject({
  sections: z
    .array(sectionSchema, expected(m.listOf(noun.sections)))
    .min(1, { error: m.atLeastOne(noun.sections) }),
});

export type Section = z.infer<typeof sectionSchema>;

export const pageFrontmatterSchema = z.strictObject({
  // A standing page answers at /<slug>: the site's own first segments (/berita, /kanal, the
  // desk's) are not a page's.
  slug: contentId.refine((slug) => !SITE_SEGMENTS.has(slug), { error: m.slugReserved }),
  title: requiredText('Judul'),
  description: requiredText(label.description).max(300, { error: m.maxChars(300) }),
  updatedAt: instant,
  order: z.number(expected(m.number)).int().default(100),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
