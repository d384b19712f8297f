import { strings } from '../strings';
import { BODY, VALUE_NAMES } from './article-form';

/**
 * A revision's fields as one text to compare line by line: each filled-in field as
 * `Label: value` (a field of several lines, one line each), in the form's order, then a blank
 * line and the body as typed.
 */
export function revisionText(fields: Readonly<Record<string, string>>): string {
  const labels = strings.desk.article.fields;
  const head = VALUE_NAMES.filter((name) => name !== BODY && name !== 'id').flatMap((name) => {
    const value = (fields[name] ?? '').trim();
    if (!value) return [];
    return value.split('\n').map((line) => `${labels[name] ?? name}: ${line}`);
  });
  return [...head, '', fields[BODY] ?? ''].join('\n');
}
