import { deskRoute } from '@/lib/desk/context';
import { peopleGet, peopleSubmit } from '@/lib/desk/handlers';

/** People, roles and the audit log (admins only). */
export const dynamic = 'force-dynamic';

export const GET = deskRoute(peopleGet);
export const POST = deskRoute(peopleSubmit);
