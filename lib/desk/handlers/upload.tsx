import { strings } from '../../strings';
import { csrfToken } from '../tokens';
import {
  IMAGE_UPLOAD_MAX_BYTES,
  imageFrontmatter,
  imageMarkdown,
  type StoredImage,
  storeUpload,
} from '../uploads';
import { deskDocument, UploadView } from '../views';
import { type DeskDeps, gate } from './shared';

const t = strings.desk;

// ---- /ruang-redaksi/gambar ----

export async function uploadPage(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'edit-own-drafts');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  return deskDocument(
    t.upload.heading,
    <UploadView user={signedIn.user} csrf={csrfToken(signedIn.token)} />,
  );
}

/**
 * An uploaded image (multipart: `gambar`, `alt`, `caption`, `credit`), checked like every form
 * (origin, token, session; a writer may upload), refused without alt text or credit (422), over
 * IMAGE_UPLOAD_MAX_BYTES (413) or when it is not a JPEG, PNG or WebP by its content (415);
 * else encoded again, kept in the store and written under public/images/desk/ (lib/desk/uploads.ts), answered with
 * its path, the body's Markdown and the lead image's frontmatter.
 */
export async function uploadSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  // The form's text fields and its boundaries come on top of the file.
  const checked = await gate(request, deps, 'edit-own-drafts', IMAGE_UPLOAD_MAX_BYTES + 64 * 1024);
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const form = checked.form ?? new Map<string, string>();
  const typed = {
    alt: (form.get('alt') ?? '').trim().slice(0, 500),
    caption: (form.get('caption') ?? '').trim().slice(0, 500),
    credit: (form.get('credit') ?? '').trim().slice(0, 200),
  };
  const answer = (status: number, problem?: string, result?: StoredImage) =>
    deskDocument(
      t.upload.heading,
      <UploadView
        user={signedIn.user}
        csrf={csrfToken(signedIn.token)}
        typed={typed}
        problem={problem}
        result={
          result && {
            ...result,
            markdown: imageMarkdown(result.src, typed),
            frontmatter: imageFrontmatter(result.src, typed),
          }
        }
      />,
      status,
    );
  const file = checked.files?.get('gambar');
  if (!file || file.size === 0) return answer(422, t.upload.noFile);
  if (!typed.alt) return answer(422, t.upload.altRequired);
  if (!typed.credit) return answer(422, t.upload.creditRequired);
  if (file.size > IMAGE_UPLOAD_MAX_BYTES) return answer(413, t.upload.tooLarge);
  const stored = await storeUpload(
    deps.images,
    deps.publicRoot,
    new Uint8Array(await file.arrayBuffer()),
    deps.now(),
  );
  if (stored === 'unsupported') return answer(415, t.upload.unsupported);
  return answer(201, undefined, stored);
}
