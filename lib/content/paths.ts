import path from 'node:path';

/** Where content lives; WARTA_CONTENT_DIR points the site at another corpus (tests use fixtures). */
export function contentRoot(): string {
  return path.resolve(process.cwd(), process.env.WARTA_CONTENT_DIR?.trim() || 'content');
}

/** Images referenced as "/images/…" are files under public/. */
export function publicRoot(): string {
  return path.resolve(process.cwd(), 'public');
}

/** A path as an editor sees it in messages: relative to the project. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
