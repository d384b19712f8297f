import { COMMAND_NAMES, SHORTCUTS } from '../../../client/desk-editor/command-names';
import { deskPaths } from '../../desk-paths';
import { strings } from '../../strings';
import { BODY, type FormValues } from '../article-form';
import { describedBy, fieldId, FieldProblems, Hint, label } from './article-fields';

/**
 * The article's body, `Isi`: a labelled textarea, the whole editor without JavaScript. Around it,
 * hidden until the editor's script (client/desk-editor/) shows them: a toolbar of real buttons
 * (bold, italic, heading, link, list, quote, image, and the project's directives), the phone's
 * two tabs (write, preview), and the preview pane the script fills from deskPaths.previewBody.
 * Under it, `Pratinjau artikel`: the whole form as the article's page, in a new tab, with or
 * without JavaScript (lib/desk/handlers/preview.tsx).
 */

const e = strings.desk.editor;

/** `Mod-b` as ARIA says a shortcut: `Control+B` (a Mac's Meta is left to the browser). */
const ariaShortcut = (key: string) =>
  key.replace('Mod-', 'Control+').replace(/\+(\w)$/, (_, k: string) => `+${k.toUpperCase()}`);

export function BodyEditor({
  values,
  problems,
  previewAction,
}: {
  values: FormValues;
  problems: Map<string, string[]>;
  /** Where `Pratinjau artikel` posts the form (deskPaths.preview, with the article's id). */
  previewAction: string;
}) {
  const id = fieldId(BODY);
  const hint = strings.desk.article.hints.body;
  return (
    <div
      className={
        problems.has(BODY) ? 'desk-field desk-field--problem desk-editor' : 'desk-field desk-editor'
      }
      data-penyunting=""
      data-pratinjau-url={deskPaths.previewBody}
      data-pratinjau-gagal={e.previewFailed}
    >
      <label htmlFor={id} id={`${id}-label`}>
        {label(BODY)}
      </label>
      <Hint name={BODY} hint={hint} />
      <div className="desk-editor__toolbar" role="toolbar" aria-label={e.toolbar} hidden>
        {COMMAND_NAMES.map((name) => {
          const key = SHORTCUTS[name];
          return (
            <button
              key={name}
              type="button"
              className="desk-button--quiet"
              data-perintah={name}
              aria-label={e.commands[name]}
              aria-keyshortcuts={key && ariaShortcut(key)}
              title={key ? `${e.commands[name]} (${ariaShortcut(key)})` : e.commands[name]}
            >
              {e.signs[name]}
            </button>
          );
        })}
      </div>
      <div className="desk-editor__tabs" role="group" aria-label={e.views} hidden>
        <button
          type="button"
          className="desk-button--quiet"
          data-tampil="tulis"
          aria-pressed="true"
        >
          {e.write}
        </button>
        <button
          type="button"
          className="desk-button--quiet"
          data-tampil="pratinjau"
          aria-pressed="false"
        >
          {e.preview}
        </button>
      </div>
      <div className="desk-editor__panes">
        <div className="desk-editor__write" data-penyunting-tulis="">
          <textarea
            id={id}
            name={BODY}
            rows={18}
            defaultValue={values[BODY] ?? ''}
            {...describedBy(BODY, problems, hint)}
          />
        </div>
        <section
          className="desk-editor__preview"
          aria-labelledby={`${id}-pratinjau`}
          data-penyunting-pratinjau=""
          hidden
        >
          <h2 id={`${id}-pratinjau`} className="desk-editor__preview-heading">
            {e.previewHeading}
          </h2>
          <p className="desk-hint">{e.previewNote}</p>
          <p className="desk-hint" role="status" data-pratinjau-status="" />
          <div className="desk-preview" data-pratinjau-isi="" />
        </section>
      </div>
      <FieldProblems name={BODY} problems={problems} />
      <p className="desk-editor__page-preview">
        {/* The whole form, to a new tab: works without JavaScript; nothing is saved. */}
        <button
          type="submit"
          name="aksi"
          value="pratinjau"
          className="desk-button--quiet"
          formAction={previewAction}
          formTarget="_blank"
          aria-describedby={`${fieldId(BODY)}-pratinjau-artikel`}
        >
          {e.previewPage}
        </button>{' '}
        <span className="desk-hint" id={`${fieldId(BODY)}-pratinjau-artikel`}>
          {e.previewPageHint}
        </span>
      </p>
    </div>
  );
}
