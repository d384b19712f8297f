import { contentRoot } from '../content/paths';
import type { EndpointDeps } from './endpoints';
import type { ContentChange } from './ingest-port';
import { planInvalidation } from './invalidation';
import { consoleLog } from './log';
import { crawlerNotifier } from './notifier-instance';
import { processToken } from './process-token';
import { ingestKeepingFiles } from './remote-files';
import { applyInvalidation } from './revalidate';
import { publishingRuntime } from './runtime';
import { configuredSecret } from './secret';
import { wiredIngest } from './wiring';

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
