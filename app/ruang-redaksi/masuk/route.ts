import { deskRoute } from '@/lib/desk/context';
import { signInPage, signInSubmit } from '@/lib/desk/handlers';

/** The desk's sign-in form (works without JavaScript) and its submission. */
export const dynamic = 'force-dynamic';

export const GET = deskRoute(signInPage);
export const POST = deskRoute(signInSubmit);
