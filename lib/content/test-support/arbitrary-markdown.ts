import fc from 'fast-check';
import { awkwardText } from '../../test-support/awkward-text';

/**
 * Arbitrary Markdown for the content pipeline's property tests: awkward text, hostile markup
 * (scripts, event handlers, script URLs in every spelling), links, images and directives, in
 * any block structure.
 */

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
export const piece = (maxLength: number) => awkwardText(maxLength, { huge: false });

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

export const markdownBody = fc
  .tuple(fc.array(block, { maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', ' '))
  .map(([blocks, separator]) => blocks.join(separator));
