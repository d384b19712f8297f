import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Images of the old site found in a copy of its `wp-content/uploads` folder and copied under
 * public/images/wp/, keeping the year/month folders. A resized variant WordPress made
 * ("foto-300x200.jpg", "foto-scaled.jpg") maps to the original when the original is there.
 * Only JPEG, PNG and WebP are taken (what Warta serves); anything else is left out.
 */

const IMAGE = /\.(?:jpe?g|png|webp)$/i;
const VARIANT = /-(?:\d+x\d+|scaled|rotated|e\d{10,})(?=\.[a-z]+$)/i;

/** The part of an upload URL after "/wp-content/uploads/" (or after "/files/" on multisite). */
export function uploadPath(url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x.invalid').pathname);
  } catch {
    return undefined;
  }
  const match = /\/(?:wp-content\/uploads|files)\/(.+)$/.exec(pathname);
  const rel = match?.[1];
  if (!rel || rel.split('/').some((part) => part === '..' || part === '' || part === '.'))
    return undefined;
  return rel;
}

/** Candidates for an upload: the original first, then the variant as named. */
export function originalsOf(rel: string): string[] {
  const out: string[] = [];
  let current = rel;
  while (VARIANT.test(current)) {
    current = current.replace(VARIANT, '');
    out.push(current);
  }
  return [...out.reverse(), rel];
}

/** A file name as Warta's image paths allow it: letters, digits, "_", "." and "-". */
export function safeName(rel: string): string {
  return rel
    .split('/')
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[-.]+/, '')
        .toLowerCase(),
    )
    .filter(Boolean)
    .join('/');
}

export interface UploadsResolver {
  /** "/images/wp/2024/05/foto.jpg", copied into public/, or undefined. */
  image(url: string): string | undefined;
  copied: number;
}

/**
 * `copy`: where the copies are made instead (a conversion worker leaves them to the run, which
 * calls `copyUpload`); by default here, each counted in `copied`.
 */
export function uploadsResolver(
  uploadsDir: string | undefined,
  publicDir: string,
  copy?: (source: string, target: string) => void,
): UploadsResolver {
  const cache = new Map<string, string | undefined>();
  const resolver: UploadsResolver = {
    copied: 0,
    image(url: string) {
      if (!uploadsDir) return undefined;
      const rel = uploadPath(url);
      if (!rel || !IMAGE.test(rel)) return undefined;
      if (cache.has(rel)) return cache.get(rel);
      let found: string | undefined;
      for (const candidate of originalsOf(rel)) {
        const source = path.resolve(uploadsDir, candidate);
        if (!source.startsWith(path.resolve(uploadsDir) + path.sep)) continue;
        if (existsSync(source) && statSync(source).isFile()) {
          const name = safeName(candidate);
          if (!IMAGE.test(name)) continue;
          const target = path.join(publicDir, 'images', 'wp', name);
          if (copy) copy(source, target);
          else if (copyUpload(source, target)) resolver.copied += 1;
          found = `/images/wp/${name}`;
          break;
        }
      }
      cache.set(rel, found);
      return found;
    },
  };
  return resolver;
}

/** Copies an upload unless its copy is there at the same size; whether it copied. */
export function copyUpload(source: string, target: string): boolean {
  if (existsSync(target) && statSync(target).size === statSync(source).size) return false;
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(source, target);
  return true;
}
