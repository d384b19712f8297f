import { formatShortDateTimeWib } from '../../dates';
import { deskPaths } from '../../desk-paths';
import { strings } from '../../strings';
import type { ProblemsSection } from '../content-problems';
import { listHref } from '../list';
import { DeskTable } from './parts';

/**
 * The list's section of the content folder's refused files: each problem's file (and line),
 * field and words as content:check prints them, and since when it is seen. Every value is text.
 */

const t = strings.desk.problems;

export function ContentProblemsView({ section }: { section: ProblemsSection }) {
  const { problems, total, files, preview } = section;
  const allHref = listHref(deskPaths.home, { status: 'bermasalah', query: '', page: 1 }, 1);
  return (
    <section className="desk-problems" aria-labelledby="berkas-bermasalah">
      <h2 id="berkas-bermasalah">{t.heading}</h2>
      {total === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p className="desk-note">{t.note(files, total)}</p>
          <DeskTable headings={[t.file, t.field, t.problem, t.seenSince]}>
            {problems.map((problem) => (
              <tr key={`${problem.path}\n${problem.line}\n${problem.field}\n${problem.message}`}>
                <td>
                  <code>{problem.path}</code>
                  {problem.line !== undefined && ` (${t.line(problem.line)})`}
                </td>
                <td>
                  <code>{problem.field}</code>
                </td>
                <td>{problem.message}</td>
                <td>{formatShortDateTimeWib(problem.seenAt)}</td>
              </tr>
            ))}
          </DeskTable>
          {preview && total > problems.length && (
            <p>
              <a href={allHref}>{t.all(total)}</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
