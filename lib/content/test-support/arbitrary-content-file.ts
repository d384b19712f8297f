import fc from 'fast-check';
import { stringify } from 'yaml';
import { awkwardText } from '../../test-support/awkward-text';
import { markdownBody, piece } from './arbitrary-markdown';
import { validArticle } from './temp-corpus';

/**
 * Arbitrary content files for the content pipeline's property tests: front matter as editors
 * (and accidents) write it, odd YAML included, over a body an editor could mean or any Markdown
 * at all; or no front matter, or a broken fence.
 */

/** YAML as editors (and accidents) write it: anchors, tags, merges, odd scalars, bombs. */
const YAML_ODDITIES = [
  'a: &x [1, 2]\nb: *x',
  'x: *tidak-ada',
  '<<: {id: gabung}',
  '<<: *tidak-ada',
  'id: !!binary aGVsbG8=',
  'id: !!js/function "function () {}"',
  'title: !!python/object:os.system x',
  'tags: !!set {a, b}',
  'tags: !!omap [a: 1]',
  'publishedAt: !!timestamp 2024-12-20',
  'publishedAt: 2024-12-20',
  'id: !!int abc',
  '? [a, b]\n: c',
  'id: 0x1F',
  'id: 1e3',
  'status: yes',
  'verified: "true"',
  'tags: ~',
  'authors: budi',
  'title: |\n  baris satu\n  baris dua',
  'title: >-\n  dilipat\n  di sini',
  '%YAML 1.2\n---',
  'a: b\na: c',
  '\ttitle: tab',
  "title: 'x'y'",
  'title: "\\u202e terbalik"',
  'title: "\\0"',
  '- daftar\n- bukan\n- peta',
  'cukup teks',
  '---\nid: kedua\n---',
  [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  ].join('\n'),
];

const FIELDS = [
  ...Object.keys(validArticle),
  'updatedAt',
  'sources',
  'related',
  'verified',
  'corrections',
  'withdrawn',
  'tidakDikenal',
];

const yamlValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { arbitrary: awkwardText(30), weight: 5 },
    {
      arbitrary: fc.constantFrom(
        '2024-12-20T09:00:00+07:00',
        '2024-02-30T09:00:00+07:00',
        'budi',
        'riau',
        'a1b2c3d4',
        'draft',
        'published',
        '/images/articles/9c6a2a35.jpg',
        '/images/../../x.png',
        'https://contoh.id',
        'javascript:alert(1)',
      ),
      weight: 3,
    },
    { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)), weight: 2 },
    { arbitrary: fc.array(tie('value'), { maxLength: 4 }), weight: 1 },
    {
      arbitrary: fc.dictionary(
        fc.constantFrom(
          'src',
          'alt',
          'caption',
          'credit',
          'name',
          'url',
          'date',
          'text',
          'reason',
          'x',
        ),
        tie('value'),
        { maxKeys: 4 },
      ),
      weight: 1,
    },
  ),
})).value;

/** A frontmatter object: the valid article with some fields replaced, dropped or added. */
const frontmatterObject = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...FIELDS), yamlValue, { maxKeys: 4 }),
    fc.subarray(Object.keys(validArticle), { maxLength: 2 }),
  )
  .map(([changes, dropped]) => {
    const data: Record<string, unknown> = { ...validArticle, ...changes };
    for (const key of dropped) delete data[key];
    return data;
  });

/** The text of a front matter: serialised YAML, raw oddities, or anything at all. */
export const frontmatterText = fc.oneof(
  { arbitrary: frontmatterObject.map((data) => stringify(data)), weight: 5 },
  {
    arbitrary: fc
      .tuple(frontmatterObject, fc.constantFrom(...YAML_ODDITIES))
      .map(([data, odd]) => `${stringify(data)}${odd}\n`),
    weight: 2,
  },
  { arbitrary: awkwardText(60), weight: 2 },
);

/** A body an editor could mean: prose, headings, safe links, a real image, a read-also block. */
const proseBody = fc
  .array(
    fc.oneof(
      piece(40),
      piece(20).map((t) => `## ${t}`),
      piece(20).map((t) => `**${t}** _${t}_`),
      piece(20).map((t) => `- ${t}\n- ${t}`),
      fc
        .tuple(
          piece(10),
          fc.constantFrom('https://contoh.id/a?b=1&c=2', 'mailto:r@contoh.id', '/berita/x'),
        )
        .map(([t, url]) => `[${t}](${url})`),
      fc.constant('![Foto banjir](/images/articles/9c6a2a35.jpg "Keterangan <b>foto</b>")'),
      fc.constant('::baca-juga{id=a1b2c3d4}'),
    ),
    { maxLength: 6 },
  )
  .map((blocks) => blocks.join('\n\n'));

/** The valid article with its free-text fields awkward. */
const validishFrontmatter = fc
  .record(
    {
      title: piece(40),
      summary: piece(40),
      dateline: piece(20),
      tags: fc.array(piece(12), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  )
  .map((fields) => stringify({ ...validArticle, ...fields }));

/** A whole content file: frontmatter and body, or no frontmatter, or a broken fence. */
export const contentFile = fc.oneof(
  {
    arbitrary: fc
      .tuple(validishFrontmatter, proseBody)
      .map(([yaml, body]) => `---\n${yaml}---\n\n${body}\n`),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(frontmatterText, markdownBody)
      .map(([yaml, body]) => `---\n${yaml}---\n\n${body}\n`),
    weight: 6,
  },
  {
    arbitrary: fc
      .tuple(frontmatterText, markdownBody)
      .map(([yaml, body]) => `---\n${yaml}\n${body}`),
    weight: 1,
  },
  {
    arbitrary: fc
      .tuple(piece(5), frontmatterText, markdownBody)
      .map(([bom, yaml, body]) => `${bom}---\n${yaml}---\n${body}`),
    weight: 1,
  },
  { arbitrary: markdownBody, weight: 1 },
);
