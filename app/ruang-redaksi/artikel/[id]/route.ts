import { deskRoute } from '@/lib/desk/context';
import { articlePage, articleSubmit } from '@/lib/desk/handlers';

/** An article in the editor: its draft, or the stored version; saved, submitted or published. */
export const dynamic = 'force-dynamic';

export const GET = deskRoute(articlePage);
export const POST = deskRoute(articleSubmit);
