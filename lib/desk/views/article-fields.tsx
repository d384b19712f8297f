import type { ReactNode } from 'react';
import { strings } from '../../strings';
import {
  addedName,
  ARTICLE_FIELDS,
  AUTHOR_PREFIX,
  type ArticleField,
  type FormValues,
  SUGGESTED_LISTS,
} from '../article-form';
import type { ArticleFormProps } from './article';

/**
 * The editor's controls: one labelled control for each field of the schema (article-form.ts),
 * its hint under the label and its problems under the control, named by aria-describedby.
 */

const t = strings.desk;
const a = t.article;

export const label = (name: string) => a.fields[name] ?? name;
export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]/g, '-')}`;

/** A field's problems, under it; the control names them with aria-describedby. */
export function FieldProblems({
  name,
  problems,
}: {
  name: string;
  problems: Map<string, string[]>;
}) {
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

export function describedBy(name: string, problems: Map<string, string[]>, hint?: string) {
  const ids = [
    ...(hint ? [`${fieldId(name)}-petunjuk`] : []),
    ...(problems.get(name)?.length ? [`${fieldId(name)}-masalah`] : []),
  ];
  return ids.length
    ? { 'aria-describedby': ids.join(' '), 'aria-invalid': problems.has(name) || undefined }
    : {};
}

export function Hint({ name, hint }: { name: string; hint?: string }) {
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

export function TextArea({
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

export function Control({
  name,
  props,
}: {
  name: ArticleField;
  props: ArticleFormProps;
}): ReactNode {
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
      if ((SUGGESTED_LISTS as readonly string[]).includes(name)) {
        return <SuggestedList name={name} props={props} hint={control.hint} />;
      }
      return (
        <TextArea name={name} values={values} problems={problems} hint={control.hint} rows={3} />
      );
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

/**
 * A list with suggestions (tags, related articles): its textarea, and under it one more input
 * whose `<datalist>` offers the store's tags or newest articles; what is picked there is added
 * to the list when the form is sent (article-form.ts), with or without JavaScript.
 */
function SuggestedList({
  name,
  props,
  hint,
}: {
  name: ArticleField;
  props: ArticleFormProps;
  hint: string;
}) {
  const { values, problems, suggestions } = props;
  const added = addedName(name);
  const listId = `${fieldId(added)}-saran`;
  const options =
    name === 'tags'
      ? (suggestions?.tags ?? []).map((tag) => ({ value: tag, label: undefined }))
      : (suggestions?.recent ?? []).map((a) => ({ value: a.id, label: a.title }));
  return (
    <>
      <TextArea name={name} values={values} problems={problems} hint={hint} rows={3} />
      <div className="desk-field desk-field--added">
        <label htmlFor={fieldId(added)}>{t.editor.add[name]}</label>
        <Hint name={added} hint={t.editor.addHint[name]} />
        <input
          id={fieldId(added)}
          name={added}
          list={listId}
          autoComplete="off"
          aria-describedby={`${fieldId(added)}-petunjuk`}
        />
        <datalist id={listId}>
          {options.map((option) => (
            <option key={option.value} value={option.value} label={option.label} />
          ))}
        </datalist>
      </div>
    </>
  );
}
