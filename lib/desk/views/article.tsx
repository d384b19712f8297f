import type { Author, Section } from '../../content/types';
import { formatShortDateTimeWib } from '../../dates';
import { deskPaths } from '../../desk-paths';
import type { DeskUser } from '../../store/accounts-port';
import { strings } from '../../strings';
import { BODY, FIELD_ORDER, type FormValues, type StepInputs } from '../article-form';
import { DESK_AUTOSAVE_JS_VERSION } from '../autosave-script';
import { Control } from './article-fields';
import { BodyEditor } from './body-editor';
import { Csrf, DeskPage, Messages } from './parts';
import { UploadForm } from './upload';
import { ConflictView, type ConflictProps } from './revisions';
import { WorkflowSteps } from './workflow-steps';

/**
 * The article editor: one labelled control for each field of the schema (article-form.ts), the
 * Markdown body in a textarea that the body editor's script turns into an editor with a toolbar
 * and a live preview (./body-editor.tsx), each problem beside its field, and the buttons the
 * person's role allows. A plain POST form: it works without JavaScript.
 */

const t = strings.desk;
const a = t.article;

export interface ArticleFormProps {
  /** The image upload form below the editor (it answers in a new tab). */
  canUpload?: boolean;
  /** Where the desk's script sends what is typed (the editor's script is left out without it). */
  autosaveHref?: string;
  /** The body editor's script (deskPaths.asset), when the asset build made one. */
  editorScriptHref?: string;
  /** When the article was last saved (its newest revision): older copies are not offered. */
  savedAt?: Date;
  /** When this person's autosave, newer than the newest revision, was kept: offered back. */
  autosaveOffer?: Date;
  user: DeskUser;
  csrf: string;
  /** Where the form posts (the new article's path, or the article's). */
  action: string;
  /** Undefined for an article not saved yet. */
  id?: string;
  values: FormValues;
  sections: Section[];
  authors: Pick<Author, 'id' | 'name'>[];
  /** Offered beside the tag and related-article fields: the store's tags, its newest articles. */
  suggestions?: { tags: string[]; recent: { id: string; title: string }[] };
  /** Problems by form name ('' for the form as a whole). */
  problems: Map<string, string[]>;
  /** The article's status as the desk and the store know it. */
  state?: string;
  notice?: string;
  problem?: string;
  /** The live article's address, once published. */
  readerHref?: string;
  canSubmit: boolean;
  canPublish: boolean;
  /** The revision the form is based on (0: none yet), sent back as `basis`. */
  base: number;
  /** Others seen with this article open in the last few minutes, as shown. */
  others?: string[];
  /** The article's revisions page. */
  revisionsHref?: string;
  /** A press refused because someone else saved first. */
  conflict?: ConflictProps;
  /** The editor's workflow steps this person may take on this article now, and what was typed. */
  steps?: { schedule: boolean; correct: boolean; withdraw: boolean; typed: StepInputs };
  /** The signed preview of the stored article, when there is one and previews are configured. */
  previewHref?: string;
  /** What the preview shows, or why there is none yet. */
  previewNote?: string;
}

const w = t.workflow;

export function ArticleFormView(props: ArticleFormProps) {
  const { user, csrf, action, values, problems, notice, problem, readerHref } = props;
  const general = problems.get('');
  return (
    <DeskPage user={user} csrf={csrf} heading={props.id ? a.editHeading : a.newHeading}>
      <Messages notice={notice} problem={problem} />
      {props.others && props.others.length > 0 && (
        <p className="desk-presence" role="status">
          {a.alsoOpen(props.others.join(', '))}
        </p>
      )}
      {props.conflict && <ConflictView {...props.conflict} />}
      {(readerHref || props.revisionsHref || props.previewHref) && (
        <p className="desk-links">
          {readerHref && <a href={readerHref}>{a.readerLink}</a>}
          {props.revisionsHref && <a href={props.revisionsHref}>{a.revisionsLink}</a>}
          {props.previewHref && (
            <a href={props.previewHref} target="_blank" rel="noopener noreferrer">
              {w.previewLink}
            </a>
          )}
        </p>
      )}
      {props.previewNote && <p className="desk-note">{props.previewNote}</p>}
      {general && (
        <ul className="desk-field-problems">
          {general.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      )}
      {props.autosaveOffer && (
        <form className="desk-notice desk-form--inline" method="get" action={action}>
          <span>{strings.desk.autosave.offer(formatShortDateTimeWib(props.autosaveOffer))}</span>
          <input type="hidden" name="ketikan" value="1" />
          <button type="submit">{strings.desk.autosave.restore}</button>
        </form>
      )}
      <form
        className="desk-form desk-article"
        method="post"
        action={action}
        data-autosave={props.autosaveHref}
        data-saved-at={props.savedAt?.getTime() ?? 0}
        data-saved-text={strings.desk.autosave.saved}
        data-failed-text={strings.desk.autosave.failed}
        data-restore-text={strings.desk.autosave.restoreLocal}
      >
        <Csrf token={csrf} />
        <input type="hidden" name="basis" value={props.base} />
        {FIELD_ORDER.flatMap((name) => [
          <Control key={name} name={name} props={props} />,
          ...(name === 'section'
            ? [
                <BodyEditor
                  key={BODY}
                  values={values}
                  problems={problems}
                  previewAction={
                    props.id ? `${deskPaths.preview}?id=${props.id}` : deskPaths.preview
                  }
                />,
              ]
            : []),
        ])}
        <div className="desk-actions">
          <button type="submit" name="aksi" value="simpan">
            {a.save}
          </button>
          {props.canSubmit && (
            <button type="submit" name="aksi" value="ajukan" className="desk-button--quiet">
              {a.submit}
            </button>
          )}
          {props.canPublish && (
            <button type="submit" name="aksi" value="terbitkan">
              {a.publish}
            </button>
          )}
        </div>
        <WorkflowSteps props={props} />
        <p id="desk-autosave-status" className="desk-note" role="status" aria-live="polite" />
      </form>
      {props.canUpload && (
        <section aria-labelledby="unggah-gambar">
          <h2 id="unggah-gambar">{strings.desk.upload.heading}</h2>
          <p className="desk-note">{strings.desk.upload.editorNote}</p>
          <UploadForm csrf={csrf} newTab />
        </section>
      )}
      {props.autosaveHref && (
        <script src={`${deskPaths.autosaveScript}?v=${DESK_AUTOSAVE_JS_VERSION}`} defer />
      )}
      {props.editorScriptHref && <script src={props.editorScriptHref} defer />}
    </DeskPage>
  );
}
