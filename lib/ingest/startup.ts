import { contentRoot } from '../content/paths';
import { StoreUnreachableError } from '../store';
import { readyStore } from './ready';

/**
 * Server start (instrumentation.ts): bring the store up to date with the Markdown files before
 * the first request. An unreachable PostgreSQL is one clear line and a non-zero exit; content
 * problems are printed and the last good versions served.
 */
export async function startStore(): Promise<void> {
  try {
    await readyStore(contentRoot());
  } catch (error) {
    if (error instanceof StoreUnreachableError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
