import type { ContentIssue } from '../../content/errors';
import { formatIssue } from '../../content/errors';
import { readBodyText, TOO_LARGE } from '../../http/body';
import { RETRY_AFTER_SECONDS } from '../../http/cache-control';
import { isStoreUnavailable } from '../../store/unavailable';
import { strings } from '../../strings';
import type { ContentChange, IngestFn, IngestResult } from '../ingest-port';
import type { PublishLog } from '../log';
import {
  MAX_PUBLISH_BYTES,
  isContentRelativePath,
  publishRequestSchema,
  revalidateRequestSchema,
} from './request';
import { errorMessage } from '../runtime/publisher';
import { bearerSecret, secretMatches } from './secret';

export interface EndpointDeps {
  /** WARTA_PUBLISH_SECRET; the endpoints answer 404 when it is not set. */
  secret: string | undefined;
  /** This process's own token (watcher and scheduler call /api/revalidate with it). */
  internalToken?: string;
  ingest?: IngestFn;
  /** Revalidates inside the current route handler (applyInvalidation of planInvalidation). */
  invalidate: (changes: ContentChange[]) => void | Promise<void>;
  onChanges?: (changes: ContentChange[]) => void;
  log: PublishLog;
}

const NO_STORE = { 'Cache-Control': 'private, no-store' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** A store that cannot be reached is a 503 to try again; anything else a plain 500. */
function failure(error: unknown): Response {
  if (isStoreUnavailable(error))
    return json(
      503,
      { error: strings.publishing.storeUnavailable },
      { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    );
  return json(500, { error: strings.publishing.failed });
}

function problemJson(issue: ContentIssue) {
  return {
    file: issue.file,
    ...(issue.line ? { line: issue.line } : {}),
    field: issue.field,
    message: issue.message,
    text: formatIssue(issue),
  };
}

type Gate = { ok: true } | { ok: false; response: Response };

function authorise(request: Request, deps: EndpointDeps, allowInternal: boolean): Gate {
  const presented = bearerSecret(request);
  if (allowInternal && deps.internalToken && secretMatches(presented, deps.internalToken)) {
    return { ok: true };
  }
  if (!deps.secret) {
    return { ok: false, response: json(404, { error: strings.publishing.disabled }) };
  }
  if (!secretMatches(presented, deps.secret)) {
    return {
      ok: false,
      response: json(
        401,
        { error: strings.publishing.unauthorized },
        { 'WWW-Authenticate': 'Bearer' },
      ),
    };
  }
  return { ok: true };
}

async function readJson(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const body = await readBodyText(request, MAX_PUBLISH_BYTES);
  if (body === TOO_LARGE)
    return {
      ok: false,
      response: json(413, { error: strings.publishing.tooLarge(MAX_PUBLISH_BYTES / 1024 / 1024) }),
    };
  try {
    if (body === undefined) throw new Error('unreadable body');
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, response: json(400, { error: strings.publishing.badRequest }) };
  }
}

/**
 * Content given as files, published: validated and stored by the ingest (the same rules as files
 * on disk), then what changed revalidated and announced. The publish endpoint and the newsroom
 * desk both publish through this one path.
 */
export async function publishFiles(
  deps: Pick<EndpointDeps, 'invalidate' | 'onChanges' | 'log'>,
  ingest: IngestFn,
  files: { path: string; text: string }[],
  dryRun?: boolean,
): Promise<IngestResult> {
  const result = await ingest({ files, dryRun });
  if (result.changes.length > 0 && !dryRun) {
    await deps.invalidate(result.changes);
    deps.onChanges?.(result.changes);
    deps.log.info(strings.publishing.publishedRemote(result.changes.length));
  }
  return result;
}

/**
 * POST /api/publish: authenticated, validates the files through the ingest (the same rules as
 * files on disk), stores them and revalidates what changed. 401 without the secret, 422 with a
 * list of problems for invalid content (the last good version stays live), never a stack trace.
 */
export async function handlePublish(request: Request, deps: EndpointDeps): Promise<Response> {
  const gate = authorise(request, deps, false);
  if (!gate.ok) return gate.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = publishRequestSchema.safeParse(body.value);
  if (!parsed.success) return json(400, { error: strings.publishing.badRequest });
  const { files, dryRun } = parsed.data;

  const badPaths: ContentIssue[] = files
    .filter((f) => !isContentRelativePath(f.path))
    .map((f) => ({ file: f.path, field: 'path', message: strings.publishing.badPath }));
  if (badPaths.length > 0) {
    return json(422, {
      error: strings.publishing.invalidContent(badPaths.length),
      problems: badPaths.map(problemJson),
    });
  }
  if (!deps.ingest) return json(503, { error: strings.publishing.notWired });

  let changes: ContentChange[];
  let problems: ContentIssue[];
  try {
    ({ changes, problems } = await publishFiles(deps, deps.ingest, files, dryRun));
  } catch (error) {
    deps.log.error(strings.publishing.ingestFailed('remote', errorMessage(error)));
    return failure(error);
  }
  if (problems.length > 0) {
    for (const issue of problems) deps.log.warn(`  - ${formatIssue(issue)}`);
    return json(422, {
      error: strings.publishing.invalidContent(problems.length),
      problems: problems.map(problemJson),
      changes,
    });
  }
  return json(200, { message: strings.publishing.ok(changes.length), changes, dryRun: !!dryRun });
}

/**
 * POST /api/revalidate: revalidates the caches for changes already stored (by this process's
 * watcher or scheduler, which cannot revalidate outside a request, or by a peer instance).
 */
export async function handleRevalidate(request: Request, deps: EndpointDeps): Promise<Response> {
  const gate = authorise(request, deps, true);
  if (!gate.ok) return gate.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = revalidateRequestSchema.safeParse(body.value);
  if (!parsed.success) return json(400, { error: strings.publishing.badRequest });
  try {
    await deps.invalidate(parsed.data.changes);
  } catch (error) {
    deps.log.error(strings.publishing.invalidateFailed(errorMessage(error)));
    return failure(error);
  }
  return json(200, { revalidated: parsed.data.changes.length });
}
