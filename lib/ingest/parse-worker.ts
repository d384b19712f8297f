/**
 * A parse worker of the ingest (lib/ingest/parse-pool.ts): turns article files (path, text) into
 * drafts or problems with lib/content's readArticleText, the same code the in-process path runs.
 * Compiled ahead by esbuild into node_modules/.cache/warta/; it reads no files itself.
 */
import { parentPort } from 'node:worker_threads';
import { readArticleText } from '../content/article-draft';
import type { ParseRequest, ParseResult } from './parse-pool';

parentPort?.on('message', (request: ParseRequest) => {
  const results: ParseResult[] = request.files.map(({ file, text }) => {
    const problems: ParseResult['problems'] = [];
    const draft = readArticleText(file, text, problems);
    return { draft, problems };
  });
  parentPort?.postMessage({ id: request.id, results });
});
parentPort?.postMessage({ ready: true });
