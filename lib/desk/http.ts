import { readBodyBytes, readBodyText, TOO_LARGE } from '../http/body';

/**
 * How the desk answers: never kept by a browser, proxy, the front cache or the micro-cache
 * (`private, no-store`), never indexed; forms read with a size limit.
 */
export const DESK_CACHE_CONTROL = 'private, no-store';

export const DESK_HEADERS = {
  'Cache-Control': DESK_CACHE_CONTROL,
  'X-Robots-Tag': 'noindex, nofollow',
} as const;

/** A desk form is a few fields; anything larger is refused unread. */
export const FORM_MAX_BYTES = 16 * 1024;

/** The article form carries a whole article's Markdown. */
export const ARTICLE_FORM_MAX_BYTES = 1024 * 1024;

/** 303 to a path of this site: after a form, the browser asks for the next page with GET. */
export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: path, ...DESK_HEADERS, ...headers },
  });
}

export type FormFields = Map<string, string>;

/** A form's text fields and (multipart) its files. */
export interface FormWithFiles {
  fields: FormFields;
  files: Map<string, File>;
}

/**
 * The text fields and files of a urlencoded or multipart form, or 'too-large' (refused unread
 * when declared). A multipart body is read as bytes (a file need not be text).
 */
export async function readFormWithFiles(
  request: Request,
  maxBytes = FORM_MAX_BYTES,
): Promise<FormWithFiles | 'too-large'> {
  const type = request.headers.get('content-type') ?? '';
  const fields: FormFields = new Map();
  const files = new Map<string, File>();
  if (type.startsWith('multipart/form-data')) {
    const bytes = await readBodyBytes(request, maxBytes);
    if (bytes === TOO_LARGE) return 'too-large';
    try {
      const form = await new Request(request.url, {
        method: 'POST',
        headers: { 'content-type': type },
        body: new Uint8Array(bytes ?? []),
      }).formData();
      for (const [key, value] of form) {
        if (typeof value === 'string') fields.set(key, value);
        else files.set(key, value);
      }
    } catch {
      // A body that is not multipart after all is an empty form, which every form refuses.
    }
    return { fields, files };
  }
  const body = await readBodyText(request, maxBytes);
  if (body === TOO_LARGE) return 'too-large';
  // A body that is not UTF-8 (or breaks off) is read as an empty form, which every form refuses.
  for (const [key, value] of new URLSearchParams(body ?? '')) fields.set(key, value);
  return { fields, files };
}

/** The text fields of a urlencoded or multipart form, or 'too-large' (refused unread when declared). */
export async function readForm(
  request: Request,
  maxBytes = FORM_MAX_BYTES,
): Promise<FormFields | 'too-large'> {
  const read = await readFormWithFiles(request, maxBytes);
  return read === 'too-large' ? read : read.fields;
}

/**
 * The client's address for the sign-in limit: X-Real-IP, which the front cache sets from the
 * connection (deploy/nginx). An instance reached without it counts every such client as one.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-real-ip')?.trim().slice(0, 64) ?? '';
}
