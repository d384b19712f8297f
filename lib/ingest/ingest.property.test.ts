import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleFile, validArticle, writeCorpus } from '../content/test-support/temp-corpus';
import { closeStores } from '../store';
import { awkwardText, propertyRuns } from '../test-support/awkward-text';
import { ingestContent } from '.';

/**
 * Content as the publish endpoint hands it to the ingest (a path and a text, nothing on disk):
 * whatever the text, the ingest answers with changes or problems naming file and field, and
 * never throws. Dry runs, so every run meets the same stored corpus. Seeded
 * (test-support/awkward-text.ts).
 */
describe('the ingest of given content, for any text (property, seeded)', () => {
  let root: string;

  beforeAll(async () => {
    root = await writeCorpus();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-ingest-property-'));
    vi.stubEnv('WARTA_SQLITE_FILE', path.join(dir, 'warta.sqlite'));
    expect((await ingestContent({ contentDir: root })).problems).toEqual([]);
  });

  afterAll(async () => {
    await closeStores();
    vi.unstubAllEnvs();
  });

  const text = fc.oneof(
    awkwardText(200),
    fc
      .tuple(
        fc.dictionary(
          fc.constantFrom('id', 'slug', 'title', 'image', 'tags', 'x'),
          awkwardText(30),
          {
            maxKeys: 3,
          },
        ),
        awkwardText(80, { huge: false }),
      )
      .map(([changes, body]) => articleFile({ ...validArticle, ...changes }, body)),
    fc
      .tuple(awkwardText(30), awkwardText(30))
      .map(([id, name]) => stringify({ id, name, role: 'Reporter', bio: name })),
  );
  const file = fc.constantFrom(
    'articles/uji.md',
    'pages/uji.md',
    'authors/budi.yaml',
    'authors/baru.yaml',
    'sections.yaml',
  );

  it('answers changes or problems naming file and field, never a throw', async () => {
    let problems = 0;
    await fc.assert(
      fc.asyncProperty(file, text, async (rel, source) => {
        const result = await ingestContent({
          contentDir: root,
          files: [{ path: rel, text: source }],
          dryRun: true,
        });
        expect(result.changes).toEqual([]);
        for (const problem of result.problems) {
          problems++;
          expect(problem.file.endsWith(rel)).toBe(true);
          expect(problem.field.trim()).not.toBe('');
          expect(problem.message.trim()).not.toBe('');
        }
      }),
      propertyRuns(60),
    );
    expect(problems).toBeGreaterThan(30);
  }, 60_000);
});
