import { deskRoute } from '@/lib/desk/context';
import { autosaveSubmit } from '@/lib/desk/handlers';

/** What is being typed in an article's editor, kept every few seconds (JSON). */
export const dynamic = 'force-dynamic';

export const POST = deskRoute(autosaveSubmit);
