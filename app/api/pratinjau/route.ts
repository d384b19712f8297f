import { draftMode } from 'next/headers';
import { handlePreviewRequest } from '@/lib/publishing/preview';
import { configuredSecret } from '@/lib/publishing/secret';
import { strings } from '@/lib/strings';

/** Opens a signed draft preview link. */
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handlePreviewRequest(request, {
    secret: configuredSecret('WARTA_PREVIEW_SECRET'),
    refused: strings.publishing.previewInvalid,
    enableDraftMode: async () => (await draftMode()).enable(),
  });
}
