import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDateTimeWib } from '../../dates';
import { strings } from '../../strings';
import type { ContentChange } from '../ingest-port';
import { createPreviewLink, previewLifetimeSeconds } from '../preview/links';
import { requestRevalidation } from '../invalidation/own-server';

export interface PublishCliEnv {
  secret?: string;
  /** The sites to refresh: the first stores the files, the others only revalidate. */
  urls: string[];
  contentDir: string;
  fetchFn?: typeof fetch;
  print: (line: string) => void;
  /** WARTA_PREVIEW_SECRET, for --pratinjau. */
  previewSecret?: string;
  /** How long a preview link works, in seconds (previewLifetimeSeconds() by default). */
  previewLifetimeSeconds?: number;
  now?: () => number;
}

/** WARTA_PUBLISH_URLS (comma or space separated) or WARTA_PUBLISH_URL; the local server by default. */
export function publishUrls(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string[] {
  const list = (env.WARTA_PUBLISH_URLS || env.WARTA_PUBLISH_URL || 'http://127.0.0.1:3000')
    .split(/[\s,]+/)
    .filter(Boolean);
  return [...new Set(list)];
}

const cli = strings.publishing.cli;

/**
 * npm run publish -- <file…>: sends the files to the first site's POST /api/publish (which
 * validates and stores them in the shared store), prints every problem one per line, and asks
 * every other site to revalidate the same changes. Returns the process exit code.
 */
export async function runPublishCli(args: string[], env: PublishCliEnv): Promise<number> {
  if (args[0] === '--pratinjau') return printPreviewLink(args.slice(1), env);
  const dryRun = args.includes('--dry-run');
  const names = args.filter((a) => a !== '--dry-run');
  if (names.length === 0) {
    env.print(cli.usage);
    return 2;
  }
  if (!env.secret) {
    env.print(cli.noSecret);
    return 2;
  }
  const files: { path: string; text: string }[] = [];
  let bad = false;
  for (const name of names) {
    const relative = path.relative(env.contentDir, path.resolve(name)).split(path.sep).join('/');
    if (relative.startsWith('../') || path.isAbsolute(relative)) {
      env.print(cli.outsideContent(name, env.contentDir));
      bad = true;
      continue;
    }
    try {
      files.push({ path: relative, text: await readFile(name, 'utf8') });
    } catch (error) {
      env.print(cli.unreadable(name, (error as NodeJS.ErrnoException).code ?? String(error)));
      bad = true;
    }
  }
  if (bad) return 1;

  const [first, ...others] = env.urls;
  if (!first) return 2;
  const fetchFn = env.fetchFn ?? fetch;
  env.print(cli.sending(files.length, first));
  let response: Response;
  try {
    response = await fetchFn(new URL('/api/publish', first), {
      method: 'POST',
      headers: { authorization: `Bearer ${env.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ files, ...(dryRun ? { dryRun } : {}) }),
    });
  } catch (error) {
    env.print(cli.failed(first, error instanceof Error ? error.message : String(error)));
    return 1;
  }
  const body = (await response.json().catch(() => ({}))) as {
    message?: string;
    error?: string;
    problems?: { text: string }[];
    changes?: ContentChange[];
  };
  if (response.status === 422) {
    env.print(body.error ?? strings.publishing.invalidContent(body.problems?.length ?? 0));
    for (const problem of body.problems ?? []) env.print(`  - ${problem.text}`);
  } else if (!response.ok) {
    env.print(cli.failed(first, `${response.status}${body.error ? `: ${body.error}` : ''}`));
    return 1;
  } else if (body.message) env.print(body.message);

  const changes = body.changes ?? [];
  let code = response.ok ? 0 : 1;
  if (changes.length > 0 && !dryRun) {
    for (const url of others) {
      try {
        await requestRevalidation(url, env.secret, changes, { fetchFn, attempts: 2 });
        env.print(cli.refreshed(url));
      } catch (error) {
        env.print(cli.failed(url, error instanceof Error ? error.message : String(error)));
        code = 1;
      }
    }
  }
  return code;
}

/**
 * npm run publish -- --pratinjau <id>: prints a signed preview link to the article on the first
 * site, and when it stops working (WARTA_PREVIEW_DAYS, 7 days by default).
 */
function printPreviewLink(rest: string[], env: PublishCliEnv): number {
  const [id, ...extra] = rest;
  if (!id || extra.length > 0) {
    env.print(cli.usage);
    return 2;
  }
  if (!/^[a-z0-9-]{1,100}$/.test(id)) {
    env.print(cli.previewBadId(id));
    return 2;
  }
  if (!env.previewSecret) {
    env.print(cli.noPreviewSecret);
    return 2;
  }
  const lifetimeSeconds = env.previewLifetimeSeconds ?? previewLifetimeSeconds();
  const link = createPreviewLink(id, env.previewSecret, { now: env.now?.(), lifetimeSeconds });
  const site = env.urls[0] ?? 'http://127.0.0.1:3000';
  env.print(cli.previewLink(id, new URL(link.path, site).toString()));
  env.print(cli.previewExpires(formatDateTimeWib(link.expiresAt), lifetimeSeconds / 86_400));
  return 0;
}
