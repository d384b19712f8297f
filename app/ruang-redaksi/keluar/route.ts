import { deskRoute } from '@/lib/desk/context';
import { signOutSubmit } from '@/lib/desk/handlers';

/** Sign out of this browser, or (`semua=1`) of every device. */
export const dynamic = 'force-dynamic';

export const POST = deskRoute(signOutSubmit);
