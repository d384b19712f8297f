import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderUnavailable } from '../../lib/render/unavailable';

/**
 * The site's 503 page as a file for nginx, which answers it when no instance can be reached and
 * it holds no stale copy (deploy/nginx: error_page). The same document the instances answer
 * while the store is down, rendered by the same code.
 */
export async function writeUnavailablePage(nginxDir: string): Promise<string> {
  const dir = path.join(nginxDir, 'errors');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '503.html');
  writeFileSync(file, await (await renderUnavailable()).text());
  return file;
}
