import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { awkwardText, propertyRuns } from '../test-support/awkward-text';
import { readArticleText } from './article-draft';
import type { ContentIssue } from './errors';
import {
  readAuthorText,
  readPageText,
  readSectionsText,
  resolveArticle,
  type ArticleRefs,
} from './load';
import { renderMarkdown } from './render-markdown';
import { displayPath } from './paths';
import { renderBodyHtml } from './render-body';
import { articleFrontmatterSchema } from './schema';
import { validArticle } from './test-support/temp-corpus';

/**
 * Properties of the content pipeline over arbitrary input: whatever an editor (or an attacker
 * with the publish secret) writes, reading never throws, every file ends as content or as
 * problems naming file and field, and no rendered body can run a script. Seeded
 * (test-support/awkward-text.ts): a failure names its seed and path to replay.
 */

// ---- What rendered HTML may not hold ----

const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'form',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'portal',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'cite',
  'background',
  'data',
]);
const SAFE_SCHEMES = /^(?:https?|mailto)$/i;

function decodeEntities(value: string): string {
  return value.replace(
    /&(#x[0-9a-f]+|#[0-9]+|amp|quot|lt|gt|apos|colon|tab|newline);?/gi,
    (all, ref: string) => {
      const lower = ref.toLowerCase();
      if (lower.startsWith('#x'))
        return String.fromCodePoint(parseInt(lower.slice(2), 16) % 0x110000);
      if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)) % 0x110000);
      const named: Record<string, string> = {
        amp: '&',
        quot: '"',
        lt: '<',
        gt: '>',
        apos: "'",
        colon: ':',
        tab: '\t',
        newline: '\n',
      };
      return named[lower] ?? all;
    },
  );
}

/**
 * Everything in serialised HTML that could run script: forbidden elements, event handler and
 * style attributes, URLs with a scheme other than http(s)/mailto (after the control characters
 * and whitespace a browser ignores), and any "<" that does not open a well-formed tag (text is
 * always escaped by the serialiser, so a stray one means markup leaked through).
 */
export function scriptableParts(html: string): string[] {
  const found: string[] = [];
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/y;
  let at = html.indexOf('<');
  while (at !== -1) {
    tag.lastIndex = at;
    const match = tag.exec(html);
    if (!match) {
      found.push(`stray "<": ${html.slice(at, at + 30)}`);
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = match[2]!.toLowerCase();
    if (FORBIDDEN_TAGS.has(name)) found.push(`<${name}>`);
    for (const attribute of (match[3] ?? '').matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)) {
      const attr = attribute[1]!.toLowerCase();
      const value = decodeEntities(attribute[2] ?? '');
      if (attr.startsWith('on')) found.push(`${attr}=`);
      if (attr === 'style' || attr === 'srcdoc') found.push(attr);
      const urls =
        attr === 'srcset'
          ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
          : [value];
      if (URL_ATTRIBUTES.has(attr) || attr === 'srcset') {
        for (const url of urls) {
          const bare = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
          const scheme = /^([^/?#]*?):/.exec(bare)?.[1];
          if (scheme !== undefined && !SAFE_SCHEMES.test(scheme)) found.push(`${attr}="${value}"`);
        }
      }
    }
    at = html.indexOf('<', tag.lastIndex);
  }
  return found;
}

// ---- Arbitrary content ----

const HOSTILE_MARKDOWN = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle/></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<iframe src="//x.example"></iframe>',
  '<style>*{display:none}</style>',
  '<a href="javascript:alert(1)" onclick="alert(2)">a</a>',
  '<details open ontoggle=alert(1)>',
  '<form action="javascript:alert(1)"><button>b</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<!-- <script>alert(1)</script> -->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '[a](javascript:alert(1))',
  '[a](JaVaScRiPt:alert(1))',
  '[a](java\tscript:alert(1))',
  '[a](&#106;avascript:alert(1))',
  '[a](javascript&colon;alert(1))',
  '[a](vbscript:msgbox(1))',
  '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[a]( javascript:alert(1) "t")',
  '<javascript:alert(1)>',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '![g](javascript:alert(1))',
  '![g](/images/articles/9c6a2a35.jpg "judul <script>alert(1)</script>")',
  '![g](/images/../../x.png)',
  '![](/images/articles/9c6a2a35.jpg)',
  '::baca-juga{id=x onclick=alert(1)}',
  '::baca-juga{#x .y onerror="alert(1)"}',
  ':::peringatan\nisi <script>x</script>\n:::',
  ':sebut[<img src=x onerror=alert(1)>]{onclick=alert(1)}',
  '```html\n<script>alert(1)</script>\n```',
  '    <script>alert(1)</script>',
  '| a | <script>b</script> |\n|---|---|\n| [c](javascript:x) | d |',
  '> <iframe src=x>',
  '- [ ] <img src=x onerror=alert(1)>',
  '# <style>x</style>',
  '***<b onmouseover=alert(1)>x</b>***',
  'Teks\u202eterbalik\u202c dan\u200btanpa lebar',
  '[^1]\n\n[^1]: catatan <script>x</script>',
  'https://contoh.id/?q=<script>',
  'www.contoh.id/<img/src/onerror=alert(1)>',
];

/** Markdown text pieces stay short: rendering is linear but slow for tens of thousands of characters. */
const piece = (maxLength: number) => awkwardText(maxLength, { huge: false });

const inline = fc.oneof(
  piece(30),
  fc.constantFrom(...HOSTILE_MARKDOWN),
  fc.tuple(piece(12), piece(20)).map(([text, url]) => `[${text}](${url})`),
  fc.tuple(piece(12), piece(20)).map(([alt, url]) => `![${alt}](${url})`),
  fc.tuple(piece(12), piece(12)).map(([name, id]) => `::${name}{id=${id}}`),
  fc.tuple(piece(12), piece(12)).map(([name, label]) => `:${name}[${label}]`),
  piece(20).map((tag) => `<${tag}>`),
);

const block = fc.oneof(
  { arbitrary: inline, weight: 6 },
  { arbitrary: fc.array(inline, { maxLength: 4 }).map((parts) => parts.join(' ')), weight: 3 },
  { arbitrary: inline.map((text) => `# ${text}`), weight: 1 },
  { arbitrary: inline.map((text) => `> ${text}`), weight: 1 },
  { arbitrary: inline.map((text) => `- ${text}\n- ${text}`), weight: 1 },
  { arbitrary: inline.map((text) => `\`\`\`\n${text}\n\`\`\``), weight: 1 },
  { arbitrary: inline.map((text) => `| ${text} | b |\n|---|---|\n| ${text} | d |`), weight: 1 },
);

const markdownBody = fc
  .tuple(fc.array(block, { maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', ' '))
  .map(([blocks, separator]) => blocks.join(separator));

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
const frontmatterText = fc.oneof(
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
const contentFile = fc.oneof(
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

// ---- The properties ----

const ARTICLE_FILE = path.resolve('content/articles/uji-sifat.md');
const SHOWN = displayPath(ARTICLE_FILE);
const REFS: ArticleRefs = {
  hasSection: (id) => id === 'riau',
  hasAuthor: (id) => id === 'budi',
  articleStatus: (id) =>
    id === 'a1b2c3d4' ? 'published' : id === 'd0d0d0d0' ? 'draft' : undefined,
};

/** Each new problem names the file as shown to editors, a field, and says something. */
function expectNamedProblems(issues: ContentIssue[], file: string) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.file).toBe(file);
    expect(typeof issue.field).toBe('string');
    expect(issue.field.trim()).not.toBe('');
    expect(issue.message.trim()).not.toBe('');
  }
}

describe('the content pipeline, for any input (properties, seeded)', () => {
  it('rendered body HTML never holds anything that can run a script', () => {
    const lookup = (title: string, url: string) => () => ({ title, url });
    fc.assert(
      fc.property(
        markdownBody,
        awkwardText(20),
        awkwardText(20),
        awkwardText(20),
        (body, dateline, title, url) => {
          const plain = renderMarkdown(body);
          expect(scriptableParts(plain)).toEqual([]);
          const dressed = renderMarkdown(body, {
            dateline,
            resolveArticle: lookup(title, url),
            imageSize: () => ({ width: 10, height: 10 }),
            imageSources: (src) => ({ src, srcSet: `${src} 10w`, sizes: '100vw' }),
          });
          expect(scriptableParts(dressed)).toEqual([]);
        },
      ),
      propertyRuns(250),
    );
  });

  it('an article file is read as a valid draft or as problems naming file and field, never a throw', async () => {
    const outcomes = { refused: 0, unresolved: 0, rendered: 0 };
    await fc.assert(
      fc.asyncProperty(contentFile, async (source) => {
        const issues: ContentIssue[] = [];
        const draft = readArticleText(ARTICLE_FILE, source, issues);
        if (!draft) {
          outcomes.refused++;
          return expectNamedProblems(issues, SHOWN);
        }
        expect(issues).toEqual([]);
        expect(draft.file).toBe(SHOWN);
        expect(articleFrontmatterSchema.safeParse(stringifyable(draft.data)).success).toBe(true);
        const article = await resolveArticle(draft, REFS, issues);
        if (!article) {
          outcomes.unresolved++;
          return expectNamedProblems(issues, SHOWN);
        }
        expect(issues).toEqual([]);
        outcomes.rendered++;
        const html = await renderBodyHtml(article, async (id) =>
          id === 'a1b2c3d4' ? { title: 'Banjir', url: '/berita/a1b2c3d4/banjir' } : undefined,
        );
        expect(scriptableParts(html)).toEqual([]);
      }),
      propertyRuns(200),
    );
    // Every way through is taken, so the property says something about each.
    expect(outcomes.refused).toBeGreaterThan(20);
    expect(outcomes.unresolved).toBeGreaterThan(5);
    expect(outcomes.rendered).toBeGreaterThan(5);
  });

  it('pages, authors and sections: content or problems naming file and field, never a throw', () => {
    const page = path.resolve('content/pages/uji.md');
    const author = path.resolve('content/authors/budi.yaml');
    const sections = path.resolve('content/sections.yaml');
    fc.assert(
      fc.property(contentFile, frontmatterText, (source, yaml) => {
        const issues: ContentIssue[] = [];
        if (!readPageText(page, source, issues)) expectNamedProblems(issues, displayPath(page));
        else expect(issues).toEqual([]);
        const authorIssues: ContentIssue[] = [];
        if (!readAuthorText(author, yaml, authorIssues))
          expectNamedProblems(authorIssues, displayPath(author));
        const sectionIssues: ContentIssue[] = [];
        if (!readSectionsText(sections, yaml, sectionIssues))
          expectNamedProblems(sectionIssues, displayPath(sections));
      }),
      propertyRuns(200),
    );
  });

  it('the checker finds what it is meant to find', () => {
    expect(scriptableParts('<p>a &#x3C;script> b</p>')).toEqual([]);
    expect(scriptableParts('<p><a href="https://x.id/?a=1&#x26;b=2">x</a></p>')).toEqual([]);
    expect(scriptableParts('<script>x</script>')).toContain('<script>');
    expect(scriptableParts('<p><img src="x" onerror="y"></p>')).toEqual(['onerror=']);
    expect(scriptableParts('<a href="jav&#x09;ascript:alert(1)">x</a>')).toHaveLength(1);
    expect(scriptableParts('<a href=" JAVASCRIPT:x">x</a>')).toHaveLength(1);
    expect(scriptableParts('<img srcset="/a.jpg 1x, javascript:x 2x">')).toHaveLength(1);
    expect(scriptableParts('<p style="x">y</p>')).toEqual(['style']);
    expect(scriptableParts('<p>a < b</p>')).toHaveLength(1);
    expect(scriptableParts('<iframe src="https://x.id"></iframe>')).toContain('<iframe>');
  });
});

/** The draft's data as text again (dates as ISO strings), as the schema reads it. */
function stringifyable(data: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(data));
}
