import type { ReactNode } from 'react';
import type { Author, Section } from '../../content/types';
import { formatShortDateTimeWib } from '../../dates';
import { deskPaths } from '../../desk-paths';
import type { DeskUser } from '../../store/accounts-port';
import { strings } from '../../strings';
import {
  ARTICLE_FIELDS,
  AUTHOR_PREFIX,
  BODY,
  type ArticleField,
  FIELD_ORDER,
  type FormValues,
  type StepInputs,
} from '../article-form';
import { DESK_AUTOSAVE_JS_VERSION } from '../autosave-script';
import { Csrf, DeskPage, Messages } from './parts';
import { UploadForm } from './upload';
import { ConflictView, type ConflictProps } from './revisions';

/**
 * The article editor: one labelled control for each field of the schema (article-form.ts), the
 * Markdown body in a plain textarea, each problem beside its field, and the buttons the person's
 * role allows. A plain POST form: it works without JavaScript.
 */

const t = strings.desk;
const a = t.article;

export interface ArticleFormProps {
  /** The image upload form below the editor (it answers in a new tab). */
  canUpload?: boolean;
  /** Where the desk's script sends what is typed (the editor's script is left out without it). */
  autosaveHref?: string;
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

const label = (name: string) => a.fields[name] ?? name;
const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]/g, '-')}`;

/** A field's problems, under it; the control names them with aria-describedby. */
function FieldProblems({ name, problems }: { name: string; problems: Map<string, string[]> }) {
  const list = problems.get(name);
  if (!list?.length) return null;
  return (
    <ul className="desk-field-problems" id={`${fieldId(name)}-masalah`}>
      {list.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}

function describedBy(name: string, problems: Map<string, string[]>, hint?: string) {
  const ids = [
    ...(hint ? [`${fieldId(name)}-petunjuk`] : []),
    ...(problems.get(name)?.length ? [`${fieldId(name)}-masalah`] : []),
  ];
  return ids.length
    ? { 'aria-describedby': ids.join(' '), 'aria-invalid': problems.has(name) || undefined }
    : {};
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <span className="desk-hint" id={`${fieldId(name)}-petunjuk`}>
      {hint}
    </span>
  ) : null;
}

/** A label above its control, the hint under the label, the problems under the control. */
function Labelled({
  name,
  hint,
  problems,
  children,
}: {
  name: string;
  hint?: string;
  problems: Map<string, string[]>;
  children: ReactNode;
}) {
  return (
    <div className={problems.has(name) ? 'desk-field desk-field--problem' : 'desk-field'}>
      <label htmlFor={fieldId(name)}>{label(name)}</label>
      <Hint name={name} hint={hint} />
      {children}
      <FieldProblems name={name} problems={problems} />
    </div>
  );
}

function TextInput({
  name,
  values,
  problems,
  hint,
}: {
  name: string;
  values: FormValues;
  problems: Map<string, string[]>;
  hint?: string;
}) {
  return (
    <Labelled name={name} hint={hint} problems={problems}>
      <input
        id={fieldId(name)}
        name={name}
        defaultValue={values[name] ?? ''}
        {...describedBy(name, problems, hint)}
      />
    </Labelled>
  );
}

function TextArea({
  name,
  values,
  problems,
  hint,
  rows,
}: {
  name: string;
  values: FormValues;
  problems: Map<string, string[]>;
  hint?: string;
  rows: number;
}) {
  return (
    <Labelled name={name} hint={hint} problems={problems}>
      <textarea
        id={fieldId(name)}
        name={name}
        rows={rows}
        defaultValue={values[name] ?? ''}
        {...describedBy(name, problems, hint)}
      />
    </Labelled>
  );
}

function Control({ name, props }: { name: ArticleField; props: ArticleFormProps }): ReactNode {
  const { values, problems, sections, authors } = props;
  const control = ARTICLE_FIELDS[name];
  switch (control.kind) {
    case 'fixed':
      return (
        <div className="desk-field">
          <span className="desk-field__label">{label(name)}</span>
          <span id={fieldId(name)}>{props.id ?? a.hints.newId}</span>
          <FieldProblems name={name} problems={problems} />
        </div>
      );
    case 'workflow':
      return (
        <div className="desk-field">
          <span className="desk-field__label">{label(name)}</span>
          <span>{props.state ?? t.articleStatus.draft}</span>
          <FieldProblems name={name} problems={problems} />
        </div>
      );
    case 'text':
      return <TextInput name={name} values={values} problems={problems} hint={control.hint} />;
    case 'instant':
      return <TextInput name={name} values={values} problems={problems} hint={control.hint} />;
    case 'textarea':
      return <TextArea name={name} values={values} problems={problems} rows={control.rows} />;
    case 'list':
    case 'rows':
      return (
        <TextArea name={name} values={values} problems={problems} hint={control.hint} rows={3} />
      );
    case 'section': {
      const known = sections.some((s) => s.id === values[name]);
      return (
        <Labelled name={name} problems={problems}>
          <select
            id={fieldId(name)}
            name={name}
            defaultValue={values[name] ?? ''}
            {...describedBy(name, problems)}
          >
            <option value="">{a.noSection}</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
            {!known && values[name] && <option value={values[name]}>{values[name]}</option>}
          </select>
        </Labelled>
      );
    }
    case 'authors': {
      const chosen = (values[name] ?? '').split('\n').filter(Boolean);
      const listed = [
        ...authors,
        ...chosen
          .filter((id) => !authors.some((au) => au.id === id))
          .map((id) => ({ id, name: id })),
      ];
      return (
        <fieldset
          className={problems.has(name) ? 'desk-field desk-field--problem' : 'desk-field'}
          {...describedBy(name, problems)}
        >
          <legend>{label(name)}</legend>
          {listed.map((author) => (
            <label key={author.id} className="desk-check">
              <input
                type="checkbox"
                name={`${AUTHOR_PREFIX}${author.id}`}
                value="1"
                defaultChecked={chosen.includes(author.id)}
              />
              {author.name}
            </label>
          ))}
          <FieldProblems name={name} problems={problems} />
        </fieldset>
      );
    }
    case 'checkbox':
      return (
        <div className="desk-field">
          <label className="desk-check">
            <input
              type="checkbox"
              name={name}
              value="1"
              defaultChecked={values[name] !== 'false'}
            />
            {label(name)}
          </label>
          <FieldProblems name={name} problems={problems} />
        </div>
      );
    case 'group':
      return (
        <fieldset className={problems.has(name) ? 'desk-field desk-field--problem' : 'desk-field'}>
          <legend>{label(name)}</legend>
          {name === 'image' && <span className="desk-hint">{a.hints.image}</span>}
          <FieldProblems name={name} problems={problems} />
          {control.parts.map((part) => (
            <TextInput key={part} name={`${name}.${part}`} values={values} problems={problems} />
          ))}
        </fieldset>
      );
  }
}

/** One input of a workflow step: label, hint, the input, its problems. */
function StepField({
  name,
  labelText,
  hint,
  problems,
  children,
}: {
  name: string;
  labelText: string;
  hint: string;
  problems: Map<string, string[]>;
  children: (attributes: Record<string, unknown>) => ReactNode;
}) {
  return (
    <div className={problems.has(name) ? 'desk-field desk-field--problem' : 'desk-field'}>
      <label htmlFor={fieldId(name)}>{labelText}</label>
      <Hint name={name} hint={hint} />
      {children({ id: fieldId(name), name, ...describedBy(name, problems, hint) })}
      <FieldProblems name={name} problems={problems} />
    </div>
  );
}

/**
 * An editor's steps beyond Terbitkan, in the same form (what is typed above goes with them):
 * schedule an article not live yet at a WIB date and time; on a live article, publish a dated
 * correction, or withdraw it with its public reason (required: the second thing to do before a
 * withdrawal goes through).
 */
function WorkflowSteps({ props }: { props: ArticleFormProps }) {
  const { steps, problems } = props;
  if (!steps || !(steps.schedule || steps.correct || steps.withdraw)) return null;
  const typed = steps.typed;
  return (
    <fieldset className="desk-field desk-steps">
      <legend>{w.heading}</legend>
      {steps.schedule && (
        <div className="desk-step">
          <StepField
            name="jadwal"
            labelText={w.scheduleLabel}
            hint={w.scheduleHint}
            problems={problems}
          >
            {(attributes) => (
              <input type="datetime-local" defaultValue={typed.jadwal ?? ''} {...attributes} />
            )}
          </StepField>
          <button type="submit" name="aksi" value="jadwalkan">
            {w.schedule}
          </button>
        </div>
      )}
      {steps.correct && (
        <div className="desk-step">
          <StepField
            name="ralatBaru"
            labelText={w.correctionLabel}
            hint={w.correctionHint}
            problems={problems}
          >
            {(attributes) => (
              <textarea rows={3} defaultValue={typed.ralatBaru ?? ''} {...attributes} />
            )}
          </StepField>
          <button type="submit" name="aksi" value="ralat">
            {w.correct}
          </button>
        </div>
      )}
      {steps.withdraw && (
        <div className="desk-step">
          <StepField
            name="alasan"
            labelText={w.withdrawLabel}
            hint={w.withdrawHint}
            problems={problems}
          >
            {(attributes) => (
              <textarea rows={2} defaultValue={typed.alasan ?? ''} {...attributes} />
            )}
          </StepField>
          <button type="submit" name="aksi" value="tarik" className="desk-button--danger">
            {w.withdraw}
          </button>
        </div>
      )}
    </fieldset>
  );
}

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
                <TextArea
                  key={BODY}
                  name={BODY}
                  values={values}
                  problems={problems}
                  hint={a.hints.body}
                  rows={18}
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
    </DeskPage>
  );
}
