import { draftMode } from 'next/headers';
import { formatDateTimeWib } from '@/lib/dates';
import { handlePreviewRequest } from '@/lib/publishing/preview/links';
import { configuredSecret } from '@/lib/publishing/endpoint/secret';
import { strings } from '@/lib/strings';

/** Opens a signed draft preview link. */
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handlePreviewRequest(request, {
    secret: configuredSecret('WARTA_PREVIEW_SECRET'),
    refused: {
      invalid: strings.publishing.previewInvalid,
      expired: (at) => strings.publishing.previewExpired(formatDateTimeWib(at)),
    },
    enableDraftMode: async () => (await draftMode()).enable(),
  });
}
