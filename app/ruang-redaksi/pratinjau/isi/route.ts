import { deskRoute } from '@/lib/desk/context';
import { bodyPreviewSubmit } from '@/lib/desk/handlers';

/** The editor's live preview: the posted body through the article page's renderer (HTML). */
export const dynamic = 'force-dynamic';

export const POST = deskRoute(bodyPreviewSubmit);
