import { describe, expect, it } from 'vitest';
import { parseAttributes, splitShortcodes } from './shortcodes';

describe('splitShortcodes', () => {
  it('finds self-closing, enclosing and nested shortcodes, outermost first', () => {
    const segments = splitShortcodes(
      'a [gallery ids="1,2"] b [caption id="x"]<img src="a.jpg"> Teks[/caption] c [vc_row][vc_column]x[/vc_column][/vc_row]',
    );
    expect(segments.map((s) => (s.kind === 'text' ? s.text : `[${s.shortcode.name}]`))).toEqual([
      'a ',
      '[gallery]',
      ' b ',
      '[caption]',
      ' c ',
      '[vc_row]',
    ]);
    const row = segments.at(-1);
    expect(row?.kind === 'shortcode' && row.shortcode.inner).toBe('[vc_column]x[/vc_column]');
  });

  it('leaves prose in brackets alone and unescapes [[name]]', () => {
    const text = '[Baca juga: Banjir di Kampar] [1] [baca juga: judul] [[gallery]]';
    expect(splitShortcodes(text)).toEqual([
      { kind: 'text', text: '[Baca juga: Banjir di Kampar] [1] [baca juga: judul] [gallery]' },
    ]);
  });

  it('reads quoted, bare and positional attributes (Jetpack forms too)', () => {
    expect(
      parseAttributes(' ids="1,2" columns=3 link=\'file\' https://youtu.be/aBcDeFgHiJk'),
    ).toEqual({
      attrs: { ids: '1,2', columns: '3', link: 'file' },
      positional: ['https://youtu.be/aBcDeFgHiJk'],
    });
    const [youtube] = splitShortcodes('[youtube=https://www.youtube.com/watch?v=aBcDeFgHiJk]');
    expect(youtube?.kind === 'shortcode' && youtube.shortcode.positional).toEqual([
      'https://www.youtube.com/watch?v=aBcDeFgHiJk',
    ]);
  });
});
