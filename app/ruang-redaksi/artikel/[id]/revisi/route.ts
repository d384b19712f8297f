import { deskRoute } from '@/lib/desk/context';
import { revisionsPage, revisionsSubmit } from '@/lib/desk/handlers';

/** An article's revisions: the list, the diff of two, restoring one as a new draft. */
export const dynamic = 'force-dynamic';

export const GET = deskRoute(revisionsPage);
export const POST = deskRoute(revisionsSubmit);
