import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm.Argon2id;

/**
 * Passwords are stored as argon2id hashes (PHC strings: the parameters travel with each hash,
 * so they can be raised later without breaking old ones). The parameters are OWASP's first
 * recommendation for argon2id: 19 MiB of memory, two passes, one lane.
 */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN = 12;
/** Longer passwords are refused before hashing: no one's memory holds them, a flood would. */
export const PASSWORD_MAX = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** A hash of no one's password: an unknown email costs the same time as a wrong password. */
let decoy: Promise<string> | undefined;

/**
 * Whether `password` matches `stored`. Without a stored hash (no such account) a decoy hash is
 * verified instead, so the answer takes as long and says the same.
 */
export async function verifyPassword(
  stored: string | undefined,
  password: string,
): Promise<boolean> {
  if (password.length > PASSWORD_MAX) return false;
  if (stored === undefined) {
    decoy ??= hashPassword('tidak ada akun dengan email ini');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
