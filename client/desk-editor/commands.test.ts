import { EditorSelection, EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from './command-names';
import { COMMANDS } from './commands';

/** The document after running `name` on `doc` with the selection from–to; and where the cursor went. */
function run(name: keyof typeof COMMANDS, doc: string, from: number, to = from) {
  const state = EditorState.create({ doc, selection: EditorSelection.single(from, to) });
  const next = state.update(COMMANDS[name](state)).state;
  const { main } = next.selection;
  return { doc: next.doc.toString(), from: main.from, to: main.to };
}

describe('the body editor’s toolbar commands', () => {
  it('has one command for every button the view renders', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('wraps the selection in bold or italic, and a second press unwraps it', () => {
    const bold = run('tebal', 'Air naik cepat.', 4, 8);
    expect(bold).toEqual({ doc: 'Air **naik** cepat.', from: 6, to: 10 });
    expect(run('tebal', bold.doc, bold.from, bold.to).doc).toBe('Air naik cepat.');
    expect(run('miring', 'Air naik cepat.', 4, 8).doc).toBe('Air _naik_ cepat.');
    // Nothing selected: the marks, the cursor between them.
    expect(run('tebal', 'Air ', 4)).toEqual({ doc: 'Air ****', from: 6, to: 6 });
  });

  it('prefixes every selected line for a heading, list or quote, and takes it off again', () => {
    const list = run('daftar', 'satu\ndua\n\ntiga', 0, 7);
    expect(list.doc).toBe('- satu\n- dua\n\ntiga');
    expect(run('daftar', list.doc, 0, 10).doc).toBe('satu\ndua\n\ntiga');
    expect(run('judul', 'Latar\nIsi', 2).doc).toBe('## Latar\nIsi');
    expect(run('kutipan', 'kata dia', 0).doc).toBe('> kata dia');
  });

  it('makes a link of the selection, the cursor where its address goes', () => {
    expect(run('tautan', 'lihat situs BMKG', 12, 16)).toEqual({
      doc: 'lihat situs [BMKG]()',
      from: 19,
      to: 19,
    });
    expect(run('tautan', '', 0)).toEqual({ doc: '[]()', from: 1, to: 1 });
  });

  it('puts a directive on lines of its own, a blank line around it, after the cursor’s line', () => {
    const doc = 'Paragraf satu.\nmasih paragraf satu.\n\nParagraf dua.';
    const readAlso = run('baca-juga', doc, 3);
    expect(readAlso.doc).toBe(
      'Paragraf satu.\n\n::baca-juga{id=}\n\nmasih paragraf satu.\n\nParagraf dua.',
    );
    expect(readAlso.doc.slice(readAlso.from, readAlso.from + 1)).toBe('}');
    // On an empty line between paragraphs: in its place, the blank lines kept.
    const embed = run('embed', 'Satu.\n\n\nDua.', 6);
    expect(embed.doc).toBe('Satu.\n\n::embed{url="" title=""}\n\nDua.');
    expect(embed.doc.slice(embed.from - 5, embed.from)).toBe('url="');
    // At the end of the body: a final line end, nothing more.
    expect(run('galeri', 'Akhir.', 6).doc).toBe(
      'Akhir.\n\n:::galeri{title=""}\n::foto{src="/images/" alt=""}\n:::\n',
    );
    expect(run('gambar', '', 0)).toEqual({ doc: '![](/images/)\n', from: 2, to: 2 });
  });

  it('changes nothing but what it inserts: every other byte stays as typed', () => {
    const doc = '*  odd   spacing*\r\n\n1) list\n\n::embed{url="https://x.test/a?b=1"}\n\n';
    const { doc: after } = run('tebal', doc, 0, 0);
    expect(after.replace('****', '')).toBe(EditorState.create({ doc }).doc.toString());
  });
});
