import { deskRoute } from '@/lib/desk/context';
import { setupPage, setupSubmit } from '@/lib/desk/handlers';

/** The one-time link that creates the first admin (lib/desk/setup.ts). */
export const dynamic = 'force-dynamic';

export const GET = deskRoute(setupPage);
export const POST = deskRoute(setupSubmit);
