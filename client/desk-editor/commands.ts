import { EditorSelection, type EditorState, type TransactionSpec } from '@codemirror/state';
import type { CommandName } from './command-names';

/**
 * The body editor's toolbar commands, as plain-text edits of the Markdown (never a
 * re-serialisation): each takes the editor's state and answers the change to make, touching
 * only the selection or the lines it covers, so every other byte stays as typed. Each button of
 * the toolbar (lib/desk/views/body-editor.tsx) names one by its `data-perintah` (./command-names.ts).
 */

export type Command = (state: EditorState) => TransactionSpec;

/** `before` + selection + `after`; an empty selection gets the cursor between the two. */
function wrap(before: string, after: string): Command {
  return (state) =>
    state.changeByRange((range) => {
      const text = state.sliceDoc(range.from, range.to);
      // Already wrapped: unwrap (a second press undoes the first).
      const outer = state.sliceDoc(range.from - before.length, range.to + after.length);
      if (!range.empty && range.from >= before.length && outer === `${before}${text}${after}`) {
        return {
          changes: [
            { from: range.from - before.length, to: range.from },
            { from: range.to, to: range.to + after.length },
          ],
          range: EditorSelection.range(range.from - before.length, range.to - before.length),
        };
      }
      return {
        changes: [
          { from: range.from, insert: before },
          { from: range.to, insert: after },
        ],
        range: EditorSelection.range(range.from + before.length, range.to + before.length),
      };
    });
}

/** `prefix` at the start of every line the selection touches, or taken off if all have it. */
function linePrefix(prefix: string): Command {
  return (state) => {
    const lines: { from: number; text: string }[] = [];
    for (const range of state.selection.ranges) {
      const first = state.doc.lineAt(range.from).number;
      const last = state.doc.lineAt(range.to).number;
      for (let n = first; n <= last; n++) {
        const line = state.doc.line(n);
        if (!lines.some((l) => l.from === line.from)) lines.push(line);
      }
    }
    const all = lines.every((line) => line.text.startsWith(prefix));
    const changes = lines.map((line) =>
      all
        ? { from: line.from, to: line.from + prefix.length }
        : { from: line.from, insert: prefix },
    );
    return { changes, scrollIntoView: true };
  };
}

/** A link around the selection; the cursor where the address goes. */
const link: Command = (state) =>
  state.changeByRange((range) => {
    const text = state.sliceDoc(range.from, range.to);
    const insert = `[${text}]()`;
    // With text, the cursor goes into the parentheses; without, into the brackets.
    const cursor = range.from + (text ? text.length + 3 : 1);
    return {
      changes: { from: range.from, to: range.to, insert },
      range: EditorSelection.cursor(cursor),
    };
  });

/** How many of `text`'s last (or first) characters are line ends, at most two. */
function newlinesAt(text: string, end: boolean): number {
  const match = end ? /\n{0,2}$/.exec(text) : /^\n{0,2}/.exec(text);
  return match?.[0].length ?? 0;
}

/**
 * A block on lines of its own, a blank line before and after it (as directives and lone images
 * must be): in place of the cursor's line when it is empty, else after it; the cursor at
 * `cursor` inside the block.
 */
function block(text: string, cursor: number): Command {
  return (state) => {
    const line = state.doc.lineAt(state.selection.main.head);
    const from = line.text.trim() === '' ? line.from : line.to;
    const head = state.sliceDoc(0, from);
    const rest = state.sliceDoc(line.to);
    const lead = head.trim() === '' ? '' : '\n'.repeat(2 - newlinesAt(head, true));
    const tail =
      rest === '' ? '\n' : rest.trim() === '' ? '' : '\n'.repeat(2 - newlinesAt(rest, false));
    return {
      changes: { from, to: line.to, insert: `${lead}${text}${tail}` },
      selection: EditorSelection.cursor(from + lead.length + cursor),
      scrollIntoView: true,
    };
  };
}

/** A block whose cursor goes where `|` is in `template` (the `|` is not inserted). */
function blockAt(template: string): Command {
  const cursor = template.indexOf('|');
  return block(template.replace('|', ''), cursor);
}

/**
 * The toolbar's commands by name. The directives' syntax is the project's own
 * (docs/writing-articles.md, docs/writing-embeds.md).
 */
export const COMMANDS: Record<CommandName, Command> = {
  tebal: wrap('**', '**'),
  miring: wrap('_', '_'),
  judul: linePrefix('## '),
  tautan: link,
  daftar: linePrefix('- '),
  kutipan: linePrefix('> '),
  gambar: blockAt('![|](/images/)'),
  'baca-juga': blockAt('::baca-juga{id=|}'),
  embed: blockAt('::embed{url="|" title=""}'),
  galeri: blockAt(':::galeri{title="|"}\n::foto{src="/images/" alt=""}\n:::'),
};
