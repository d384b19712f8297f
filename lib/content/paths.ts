import path from 'node:path';

// Content, public/ and the store are read at run time, from wherever the server runs. Each path
// built from one carries `turbopackIgnore` (lib/content, lib/ingest, lib/store, lib/publishing,
// lib/render): the build's file tracing would otherwise take the expression for a pattern over
// the whole project, list every file of the archive for the server and read them all on each
// build (docs/decisions/0016-the-build-does-not-trace-content.md).

/** Where content lives; WARTA_CONTENT_DIR points the site at another corpus (tests use fixtures). */
export function contentRoot(): string {
  return path.resolve(
    /* turbopackIgnore: true */ process.cwd(),
    process.env.WARTA_CONTENT_DIR?.trim() || 'content',
  );
}

/** Images referenced as "/images/…" are files under public/. */
export function publicRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), 'public');
}

/**
 * The file of a public image path ("/images/…"), or undefined when it would resolve outside
 * public/ (content is checked for such paths; this holds wherever a path is opened).
 */
export function publicImageFile(src: string, root = publicRoot()): string | undefined {
  if (src.includes('\0')) return undefined;
  const file = path.resolve(/* turbopackIgnore: true */ root, `.${path.posix.sep}${src}`);
  const inside = path.relative(root, file);
  if (!inside || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside))
    return undefined;
  return file;
}

/** A path as an editor sees it in messages: relative to the project. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
