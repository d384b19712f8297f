import { deskRoute } from '@/lib/desk/context';
import { deskHome } from '@/lib/desk/handlers';

/** The newsroom desk (lib/desk): signed in, the article list; signed out, to the sign-in page. */
export const dynamic = 'force-dynamic';

export const GET = deskRoute(deskHome);
