import { deskRoute } from '@/lib/desk/context';
import { articleSubmit, newArticlePage } from '@/lib/desk/handlers';

/** A new article: the empty editor; its buttons save, submit or publish it (lib/desk/article-actions.ts). */
export const dynamic = 'force-dynamic';

export const GET = deskRoute(newArticlePage);
export const POST = deskRoute(articleSubmit);
