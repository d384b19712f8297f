import { cookies, draftMode } from 'next/headers';
import { PREVIEW_COOKIE, previewIdFromCookie } from './links';
import { configuredSecret } from '../endpoint/secret';

/**
 * For the preview page (a dynamic route handler or page): the draft id this request may see,
 * if any. Needs Next's draft mode on (the endpoint enabled it) and a preview cookie whose
 * signature holds under the current WARTA_PREVIEW_SECRET, so a changed secret ends every open
 * preview.
 */
export async function currentPreviewId(): Promise<string | undefined> {
  if (!(await draftMode()).isEnabled) return undefined;
  const value = (await cookies()).get(PREVIEW_COOKIE)?.value;
  return previewIdFromCookie(value, configuredSecret('WARTA_PREVIEW_SECRET'));
}
