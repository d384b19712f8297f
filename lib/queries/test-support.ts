import { afterEach, vi } from 'vitest';
import { resetCorpusCache } from './index';

/**
 * For tests that read a corpus of their own through these queries: a function that points the
 * queries at `root()` in production on 24 December 2024, noon WIB (WARTA_NOW), and, after each
 * test of the calling file, the environment restored and the corpus cache emptied.
 */
export function productionOn24Dec(root: () => string): () => void {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetCorpusCache();
  });
  return () => {
    vi.stubEnv('WARTA_CONTENT_DIR', root());
    vi.stubEnv('WARTA_NOW', '2024-12-24T12:00:00+07:00');
    vi.stubEnv('NODE_ENV', 'production');
    resetCorpusCache();
  };
}
