/**
 * Validates the whole corpus before `next dev` and `next build`: every problem in every file,
 * one line each, then a non-zero exit.
 */
import { ContentValidationError } from '../../lib/content/errors';
import { loadCorpus } from '../../lib/content/load';
import { displayPath, contentRoot } from '../../lib/content/paths';

loadCorpus()
  .then((corpus) => {
    console.log(
      `Konten valid (${displayPath(contentRoot())}): ${corpus.articles.length} artikel, ${corpus.authors.length} penulis, ${corpus.sections.length} rubrik, ${corpus.pages.length} halaman.`,
    );
  })
  .catch((error: unknown) => {
    if (error instanceof ContentValidationError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
