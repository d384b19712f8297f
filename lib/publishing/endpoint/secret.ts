import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a presented secret with the configured one in constant time: both are hashed to
 * equal-length SHA-256 digests first, so neither the content nor the length leaks by timing.
 */
export function secretMatches(presented: string | null | undefined, expected: string): boolean {
  if (!expected) return false;
  const a = createHash('sha256')
    .update(presented ?? '')
    .digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && presented != null;
}

/** The secret of "Authorization: Bearer <secret>", if that is how the request is authorised. */
export function bearerSecret(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1];
}

/** The configured secret of an environment variable; blank means the feature is off. */
export function configuredSecret(
  name: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
