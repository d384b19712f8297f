import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { strings } from '../strings';
import type { ContentIssue } from './errors';
import { formatIssue } from './errors';
import { imagePathEscapes } from './image-path';
import { resolveArticle } from './load';
import { readArticleText } from './article-draft';
import { checkBody } from './body-check';
import { parseDocument } from './document';
import { publicImageFile, publicRoot } from './paths';
import { articleFrontmatterSchema } from './schema';
import { articleFile, validArticle } from './test-support/temp-corpus';

const ESCAPING = [
  '/images/../../x.png',
  '/images/../package.json.png',
  '/images/./foto.jpg',
  '/images/a/..',
  '/images/%2e%2e/%2E%2e/x.png',
  '/images/%2e/x.png',
  '/images/.%2e/x.png',
  '/images/..%2fx.png',
  '/images/..%5cx.png',
  '/images\\..\\..\\x.png',
  '/images/foto\\x.png',
  '/images/\0.png',
];

describe('image paths in content', () => {
  it.each(ESCAPING)('%j steps out of its folder', (src) => {
    expect(imagePathEscapes(src)).toBe(true);
  });

  it.each([
    '/images/articles/9c6a2a35.jpg',
    '/images/a..b/foto.v2.png',
    '/images/.hidden/x.webp',
    '/images/...jpg',
    '/images/foto%20baru.jpg',
  ])('%j stays where it is written', (src) => {
    expect(imagePathEscapes(src)).toBe(false);
  });

  it('the frontmatter refuses a "." or ".." segment, naming image.src, once', () => {
    for (const src of ['/images/../../x.png', '/images/./x.png', '/images/articles/../x.jpg']) {
      const parsed = articleFrontmatterSchema.safeParse({
        ...validArticle,
        image: { ...validArticle.image, src },
      });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['image.src', strings.content.imagePathEscapes('image.src')],
      ]);
    }
    expect(strings.content.imagePathEscapes('image.src')).toMatch(/^image\.src tidak boleh/);
  });

  it('an article file with such an image is reported with its file and field', () => {
    const issues: ContentIssue[] = [];
    const image = { ...validArticle.image, src: '/images/../../rahasia.png' };
    const file = path.resolve('content/articles/jalan.md');
    expect(readArticleText(file, articleFile({ ...validArticle, image }), issues)).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      `content/articles/jalan.md: image.src: ${strings.content.imagePathEscapes('image.src')}`,
    ]);
  });

  it('the body refuses one too, on its line, and does not list it as an image to read', () => {
    const body = parseDocument(
      'Paragraf.\n\n![Peta](/images/../../etc/passwd.png)\n\n![Foto](/images/%2e%2e/x.jpg)\n\n![Sah](/images/articles/9c6a2a35.jpg)\n',
    ).body;
    const check = checkBody(body);
    expect(check.problems).toEqual([
      {
        line: 3,
        message: strings.content.imagePathEscapes(
          strings.content.bodyImage('/images/../../etc/passwd.png'),
        ),
      },
      {
        line: 5,
        message: strings.content.imagePathEscapes(
          strings.content.bodyImage('/images/%2e%2e/x.jpg'),
        ),
      },
    ]);
    expect(check.images.map((i) => i.src)).toEqual(['/images/articles/9c6a2a35.jpg']);
  });
});

describe('publicImageFile: where an image path is opened', () => {
  const root = path.resolve('/srv/warta/public');

  it('resolves a path under public/', () => {
    expect(publicImageFile('/images/articles/a.jpg', root)).toBe(
      path.join(root, 'images', 'articles', 'a.jpg'),
    );
    expect(publicImageFile('/images/articles/a.jpg')).toBe(
      path.join(publicRoot(), 'images', 'articles', 'a.jpg'),
    );
    expect(publicImageFile('/images/a/../b.jpg', root)).toBe(path.join(root, 'images', 'b.jpg'));
  });

  it.each([
    '/images/../../x.png',
    '/../package.json',
    '../x.png',
    '/images/../../../../../etc/passwd',
    '/',
    '',
    '/images/\0x.png',
  ])('refuses %j, which is not a file under public/', (src) => {
    expect(publicImageFile(src, root)).toBeUndefined();
  });

  it('an article whose image path leaves public/ is refused without the file being read', async () => {
    const issues: ContentIssue[] = [];
    const file = 'content/articles/lolos.md';
    const good = readArticleText(path.resolve(file), articleFile(validArticle), issues);
    expect(issues).toEqual([]);
    // As if a path had got past the schema: the resolving layer refuses it by itself.
    const draft = {
      ...good!,
      data: { ...good!.data, image: { ...good!.data.image, src: '/images/../../package.json' } },
    };
    const article = await resolveArticle(
      draft,
      { hasSection: () => true, hasAuthor: () => true, articleStatus: () => undefined },
      issues,
    );
    expect(article).toBeUndefined();
    expect(issues).toEqual([
      {
        file,
        field: 'image.src',
        message: strings.content.imageOutsidePublic('/images/../../package.json'),
      },
    ]);
  });
});
