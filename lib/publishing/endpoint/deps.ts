import { contentRoot } from '../../content/paths';
import { strings } from '../../strings';
import { type EndpointDeps, publishFiles } from './handlers';
import type { ContentChange, IngestResult } from '../ingest-port';
import { planInvalidation } from '../invalidation/plan';
import { consoleLog } from '../log';
import { crawlerNotifier } from '../crawlers/this-process';
import { processToken } from '../invalidation/process-token';
import { ingestKeepingFiles } from './remote-files';
import { applyInvalidation } from '../invalidation/apply';
import { publishingRuntime } from '../runtime/running';
import { configuredSecret } from './secret';
import { wiredIngest } from '../runtime/store-wiring';

/** The endpoint's ingest: accepted files also land in the watched content folder. */
function remoteIngest() {
  const ingest = wiredIngest();
  const publisher = publishingRuntime()?.publisher;
  return (
    ingest &&
    ingestKeepingFiles(ingest, {
      contentDir: contentRoot(),
      exclusive: publisher && ((task) => publisher.exclusive(task)),
    })
  );
}

/** What the publish and revalidate route handlers run with in the server. */
export function endpointDeps(): EndpointDeps {
  return {
    secret: configuredSecret('WARTA_PUBLISH_SECRET'),
    internalToken: processToken(),
    ingest: remoteIngest(),
    invalidate: (changes: ContentChange[]) => applyInvalidation(planInvalidation(changes)),
    onChanges: (changes) => {
      crawlerNotifier().notify(changes);
      void publishingRuntime()?.scheduler?.reschedule();
    },
    log: consoleLog,
  };
}

/**
 * Files published by the newsroom desk (lib/desk): the publish endpoint's own ingest (accepted
 * files also written to a watched content folder), invalidation and announcements.
 */
export function publishFromDesk(files: { path: string; text: string }[]): Promise<IngestResult> {
  const deps = endpointDeps();
  if (!deps.ingest) throw new Error(strings.publishing.notWired);
  return publishFiles(deps, deps.ingest, files);
}
