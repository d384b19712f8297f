import { deskPaths } from '../../desk-paths';
import type { DeskUser } from '../../store/accounts-port';
import { strings } from '../../strings';
import { Csrf, DeskPage, Messages } from './parts';

/**
 * Uploading an image (/ruang-redaksi/gambar): the form (on its own page, and on the editor, where
 * it opens its answer in a new tab so nothing typed is left), and the answer: the image's path,
 * the Markdown to put in the body and the frontmatter of a lead image, to copy.
 */

const u = strings.desk.upload;

export interface UploadTyped {
  alt?: string;
  caption?: string;
  credit?: string;
}

export function UploadForm({
  csrf,
  typed = {},
  newTab = false,
}: {
  csrf: string;
  typed?: UploadTyped;
  /** On the editor: the answer opens in a new tab. */
  newTab?: boolean;
}) {
  return (
    <form
      className="desk-form"
      method="post"
      action={deskPaths.upload}
      encType="multipart/form-data"
      target={newTab ? '_blank' : undefined}
    >
      <Csrf token={csrf} />
      <label>
        {u.file}
        <input type="file" name="gambar" accept="image/jpeg,image/png,image/webp" required />
        <span className="desk-hint">{u.fileHint}</span>
      </label>
      <label>
        {u.alt}
        <input type="text" name="alt" required maxLength={500} defaultValue={typed.alt} />
        <span className="desk-hint">{u.altHint}</span>
      </label>
      <label>
        {u.caption}
        <input type="text" name="caption" maxLength={500} defaultValue={typed.caption} />
      </label>
      <label>
        {u.credit}
        <input type="text" name="credit" required maxLength={200} defaultValue={typed.credit} />
      </label>
      <div>
        <button type="submit" className="desk-button--quiet">
          {u.button}
        </button>
      </div>
    </form>
  );
}

export function UploadView({
  user,
  csrf,
  typed,
  problem,
  result,
}: {
  user: DeskUser;
  csrf: string;
  typed?: UploadTyped;
  problem?: string;
  result?: { src: string; width: number; height: number; markdown: string; frontmatter: string };
}) {
  return (
    <DeskPage user={user} csrf={csrf} heading={u.heading}>
      <Messages notice={result && u.done} problem={problem} />
      {result && (
        <section aria-labelledby="unggahan">
          <h2 id="unggahan">{u.resultHeading}</h2>
          <p>
            {/* eslint-disable-next-line @next/next/no-img-element -- the desk's own page, the file as written */}
            <img
              className="desk-upload-preview"
              src={result.src}
              alt={typed?.alt ?? ''}
              width={result.width}
              height={result.height}
            />
          </p>
          <label className="desk-field">
            {u.path}
            <input type="text" readOnly value={result.src} />
          </label>
          <label className="desk-field">
            {u.markdown}
            <textarea readOnly rows={2} value={result.markdown} />
          </label>
          <label className="desk-field">
            {u.frontmatter}
            <textarea readOnly rows={6} value={result.frontmatter} />
          </label>
        </section>
      )}
      <h2>{result ? u.another : u.formHeading}</h2>
      <UploadForm csrf={csrf} typed={result ? {} : typed} />
    </DeskPage>
  );
}
