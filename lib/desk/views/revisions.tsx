import { formatDateTimeWib } from '../../dates';
import type { DeskUser } from '../../store/accounts-port';
import type { RevisionAction } from '../../store/revisions-port';
import { strings } from '../../strings';
import type { DiffLine } from '../line-diff';
import { Csrf, DeskPage, DeskTable, Messages } from './parts';

/**
 * An article's revisions (who, when, what), the line diff between two of them, a restore button
 * for each; and the conflict box the editor shows above a refused form. Plain GET and POST forms:
 * no script.
 */

const t = strings.desk;
const r = t.revisions;

const SIGN: Record<DiffLine['kind'], string> = { same: ' ', removed: '−', added: '+' };

/** A line diff, one row per line: its sign, then the line as it was typed. */
export function DiffView({ lines }: { lines: DiffLine[] }) {
  return (
    <pre className="desk-diff">
      {lines.map((line, i) =>
        line.kind === 'same' ? (
          <span key={i}>{`${SIGN.same} ${line.text}`}</span>
        ) : line.kind === 'removed' ? (
          <del key={i} title={r.removed}>{`${SIGN.removed} ${line.text}`}</del>
        ) : (
          <ins key={i} title={r.added}>{`${SIGN.added} ${line.text}`}</ins>
        ),
      )}
    </pre>
  );
}

export interface TheirVersion {
  number: number;
  action: RevisionAction;
  who: string;
  at: Date;
  text: string;
}

export interface ConflictProps {
  theirs?: TheirVersion;
  /** From theirs to what was typed. */
  diff: DiffLine[];
  /** The editor's own page: opened again, it shows the newest version. */
  editorHref: string;
}

/** Above a refused form: the newest saved version, who saved it and when, and the difference. */
export function ConflictView({ theirs, diff, editorHref }: ConflictProps) {
  const a = t.article;
  return (
    <section className="desk-conflict" aria-labelledby="konflik">
      <h2 id="konflik">{a.theirsHeading}</h2>
      {theirs && (
        <>
          <p>
            {a.theirsBy(
              theirs.number,
              r.actions[theirs.action],
              theirs.who,
              formatDateTimeWib(theirs.at),
            )}
          </p>
          <h3>{a.conflictDiff}</h3>
          <DiffView lines={diff} />
          <details>
            <summary>{a.theirsText}</summary>
            <textarea readOnly rows={12} aria-label={a.theirsText} defaultValue={theirs.text} />
          </details>
        </>
      )}
      <p>
        <strong>{a.yoursHeading}:</strong> {a.yoursNote} <a href={editorHref}>{a.takeTheirs}</a>
      </p>
    </section>
  );
}

export interface RevisionRow {
  number: number;
  action: RevisionAction;
  who: string;
  at: Date;
  restoredFrom?: number;
}

export interface RevisionsProps {
  user: DeskUser;
  csrf: string;
  title: string;
  editorHref: string;
  /** This page's path: the compare form's and the restore buttons' action. */
  action: string;
  rows: RevisionRow[];
  /** The newest revision's number: the base a restore is made on. */
  base: number;
  compared?: { from: number; to: number; lines: DiffLine[] };
  canRestore: boolean;
  notice?: string;
  problem?: string;
}

export function RevisionsView(props: RevisionsProps) {
  const { user, csrf, rows, compared } = props;
  const from = compared?.from ?? rows[1]?.number ?? rows[0]?.number;
  const to = compared?.to ?? rows[0]?.number;
  return (
    <DeskPage user={user} csrf={csrf} heading={r.heading}>
      <Messages notice={props.notice} problem={props.problem} />
      <p>
        <a href={props.editorHref}>{r.backToEditor}</a>: {props.title}
      </p>
      <p className="desk-note">{r.intro}</p>
      {rows.length === 0 ? (
        <p>{r.none}</p>
      ) : (
        <form method="get" action={props.action}>
          <DeskTable headings={[r.revision, r.when, r.who, r.what, r.from, r.to]}>
            {rows.map((row) => (
              <tr key={row.number}>
                <td>{r.number(row.number)}</td>
                <td>
                  <time dateTime={row.at.toISOString()}>{formatDateTimeWib(row.at)}</time>
                </td>
                <td>{row.who}</td>
                <td>
                  {row.restoredFrom === undefined
                    ? r.actions[row.action]
                    : `${r.actions[row.action]} (${r.restoredFrom(row.restoredFrom)})`}
                </td>
                <td>
                  <input
                    type="radio"
                    name="dari"
                    value={row.number}
                    defaultChecked={row.number === from}
                    aria-label={`${r.from}: ${r.number(row.number)}`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="ke"
                    value={row.number}
                    defaultChecked={row.number === to}
                    aria-label={`${r.to}: ${r.number(row.number)}`}
                  />
                </td>
              </tr>
            ))}
          </DeskTable>
          <div className="desk-actions">
            <button type="submit">{r.compareButton}</button>
          </div>
        </form>
      )}
      {compared && (
        <section aria-labelledby="perbedaan">
          <h2 id="perbedaan">{r.diffHeading(compared.from, compared.to)}</h2>
          {compared.lines.every((line) => line.kind === 'same') ? (
            <p>{r.same}</p>
          ) : (
            <DiffView lines={compared.lines} />
          )}
        </section>
      )}
      {props.canRestore && rows.length > 0 && (
        <section aria-labelledby="pulihkan">
          <h2 id="pulihkan">{r.restoreHeading}</h2>
          <p className="desk-note">{r.restoreHint}</p>
          <div className="desk-form--inline">
            {rows.map((row) => (
              <form key={row.number} method="post" action={props.action}>
                <Csrf token={csrf} />
                <input type="hidden" name="basis" value={props.base} />
                <input type="hidden" name="pulihkan" value={row.number} />
                <button type="submit" className="desk-button--quiet">
                  {r.restoreButton(row.number)}
                </button>
              </form>
            ))}
          </div>
        </section>
      )}
    </DeskPage>
  );
}
