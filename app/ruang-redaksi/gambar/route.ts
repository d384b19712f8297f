import { deskRoute } from '@/lib/desk/context';
import { uploadPage, uploadSubmit } from '@/lib/desk/handlers';

/** Uploading an image: the form, and the uploaded image's path, Markdown and frontmatter. */
export const dynamic = 'force-dynamic';

export const GET = deskRoute(uploadPage);
export const POST = deskRoute(uploadSubmit);
