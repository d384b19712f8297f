import { contentRoot } from '../../content/paths';
import type { EndpointDeps } from './handlers';
import type { ContentChange } from '../ingest-port';
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
