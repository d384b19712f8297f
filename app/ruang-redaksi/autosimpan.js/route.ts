import { deskAutosaveScript } from '@/lib/desk/handlers';

/** The desk's autosave script: on the article editor only, never on a reader page. */
export const dynamic = 'force-dynamic';

export function GET() {
  return deskAutosaveScript();
}
