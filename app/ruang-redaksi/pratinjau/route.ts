import { deskRoute } from '@/lib/desk/context';
import { formPreviewSubmit } from '@/lib/desk/handlers';

/** The editor's form as its article's page would look (nothing saved): a private desk page. */
export const dynamic = 'force-dynamic';

export const POST = deskRoute(formPreviewSubmit);
