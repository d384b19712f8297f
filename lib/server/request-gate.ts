import type { GateStatus } from '../http/gate-statuses';

/**
 * The judgement of every request before any render is touched (only the micro-cache goes first,
 * and it keeps nothing but answers to requests this let through): is its URL one this site can
 * read, and its method one a reader URL takes? Pure (method and raw URL in, verdict out), so it
 * is tested with any input a client can send (request-gate.test.ts).
 *
 * - A URL that is not origin-form, longer than MAX_URL_LENGTH, carries raw bytes outside
 *   printable ASCII, a backslash, bad percent-encoding (including overlong UTF-8), a control
 *   character once decoded, or a `.` / `..` segment (raw or encoded): 400.
 * - An empty segment inside the path (`//`): 404 (nothing on this site lives there).
 * - A method other than GET and HEAD on a reader URL: 405 (the answer carries
 *   `Allow: GET, HEAD`). Paths under /api/ keep their own methods.
 *
 * A verdict of `pass` hands the decoded path segments on: whether such a page exists is decided
 * next (reader-routes.ts).
 */

export const MAX_URL_LENGTH = 8192;

export type GateVerdict =
  | { kind: 'pass'; segments: string[]; ownMethods: boolean }
  | { kind: 'reject'; status: GateStatus };

const READER_METHODS = new Set(['GET', 'HEAD']);
/** Paths whose routes take other methods themselves (publishing, preview, the newsroom desk). */
const OWN_METHOD_PREFIXES = new Set(['api', 'ruang-redaksi']);
/** Printable ASCII without space, backslash and `#` (a fragment is never sent). */
const RAW_URL = /^[\x21-\x22\x24-\x5b\x5d-\x7e]*$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const reject = (status: GateStatus): GateVerdict => ({ kind: 'reject', status });

function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The decoded segments of a path, or the status that refuses it. */
export function pathSegments(path: string): string[] | GateStatus {
  const raw = path === '/' ? [''] : path.slice(1).split('/');
  const segments: string[] = [];
  for (const [index, part] of raw.entries()) {
    const segment = decodeSegment(part);
    if (segment === undefined || CONTROL.test(segment)) return 400;
    if (segment === '.' || segment === '..' || /[\\/]/.test(segment)) return 400;
    // One trailing slash is Next's to redirect; an empty segment anywhere else is no page.
    if (segment === '' && index !== raw.length - 1) return 404;
    segments.push(segment);
  }
  return segments;
}

export function judgeRequest(method: string | undefined, url: string | undefined): GateVerdict {
  if (!url || url[0] !== '/' || url.length > MAX_URL_LENGTH || !RAW_URL.test(url)) {
    return reject(400);
  }
  const query = url.indexOf('?');
  const segments = pathSegments(query === -1 ? url : url.slice(0, query));
  if (typeof segments === 'number') return reject(segments);
  const ownMethods = OWN_METHOD_PREFIXES.has(segments[0]!) && segments.length > 1;
  if (!ownMethods && !READER_METHODS.has(method ?? '')) return reject(405);
  return { kind: 'pass', segments, ownMethods };
}
