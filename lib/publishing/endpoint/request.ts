import path from 'node:path';
import { z } from 'zod';

/** Largest publish request accepted (a batch of Markdown files, not images). */
export const MAX_PUBLISH_BYTES = 5 * 1024 * 1024;
export const MAX_PUBLISH_FILES = 500;

/** A content-relative path: "articles/x.md", "authors/x.yaml", "sections.yaml", "pages/x.md". */
export function isContentRelativePath(file: string): boolean {
  if (file.includes('\\') || file.includes('\0') || path.posix.isAbsolute(file)) return false;
  const normal = path.posix.normalize(file);
  return (
    normal === file && !normal.startsWith('../') && normal !== '..' && /\.(md|ya?ml)$/i.test(normal)
  );
}

export const publishRequestSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        path: z.string().min(1).max(300),
        text: z.string().max(MAX_PUBLISH_BYTES),
      }),
    )
    .min(1)
    .max(MAX_PUBLISH_FILES),
  dryRun: z.boolean().optional(),
});

export type PublishRequest = z.infer<typeof publishRequestSchema>;

const articleKeysSchema = z.strictObject({
  id: z.string().min(1).max(200),
  slug: z.string().min(1).max(300),
  section: z.string().min(1).max(200),
  tags: z.array(z.string().max(200)).max(100),
  authors: z.array(z.string().max(200)).max(50),
  publishedAt: z.string().max(40),
  listed: z.boolean(),
});

/** The changes another process (watcher, scheduler, a peer instance) asks this one to revalidate. */
export const revalidateRequestSchema = z.strictObject({
  changes: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('article'),
          id: z.string().min(1).max(200),
          before: articleKeysSchema.optional(),
          after: articleKeysSchema.optional(),
        }),
        z.strictObject({
          kind: z.enum(['author', 'section', 'page']),
          id: z.string().min(1).max(200),
        }),
      ]),
    )
    .max(100_000),
});
