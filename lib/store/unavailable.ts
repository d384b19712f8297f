import { StoreUnreachableError } from './postgres/open';

/**
 * Whether an error means the store cannot be reached right now (PostgreSQL stopped, restarting,
 * out of connections, the network between), as opposed to a bug or bad data. Pages answer the
 * former with a 503 and try again on the next request; the pool reconnects by itself.
 */

/** Node's socket errors on the way to the database. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * PostgreSQL SQLSTATEs of a server that is going away or not taking work: class 08 (connection
 * exception), 57P01-57P03 (shutdown, crash, not accepting connections yet), 53300 (too many
 * connections).
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300';
}

/** node-postgres reports a dropped connection or a full pool only in its message. */
const POOL_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error/,
];

export function isStoreUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  if (error instanceof StoreUnreachableError) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || isUnavailableSqlState(code))) {
    return true;
  }
  if (POOL_MESSAGES.some((pattern) => pattern.test(error.message))) return true;
  // AggregateError (several addresses refused) and wrapped causes.
  if (error instanceof AggregateError && error.errors.some((e) => isStoreUnavailable(e, depth + 1)))
    return true;
  return isStoreUnavailable(error.cause, depth + 1);
}
