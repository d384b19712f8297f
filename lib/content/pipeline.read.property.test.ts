import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../test-support/awkward-text';
import { readArticleText } from './article-draft';
import type { ContentIssue } from './errors';
import {
  readAuthorText,
  readPageText,
  readSectionsText,
  resolveArticle,
  type ArticleRefs,
} from './load';
import { displayPath } from './paths';
import { renderBodyHtml } from './render-body';
import { articleFrontmatterSchema } from './schema';
import { contentFile, frontmatterText } from './test-support/arbitrary-content-file';
import { scriptableParts } from './test-support/scriptable-parts';

/**
 * Properties of the content pipeline over arbitrary files: reading never throws, every file
 * ends as content or as problems naming file and field, and the body of an article read as
 * valid cannot run a script. Seeded (test-support/awkward-text.ts): a failure names its seed
 * and path to replay.
 */

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
});

/** The draft's data as text again (dates as ISO strings), as the schema reads it. */
function stringifyable(data: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(data));
}
