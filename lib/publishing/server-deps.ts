import type { EndpointDeps } from './endpoints';
import type { ContentChange } from './ingest-port';
import { planInvalidation } from './invalidation';
import { consoleLog } from './log';
import { crawlerNotifier } from './notifier-instance';
import { processToken } from './process-token';
import { applyInvalidation } from './revalidate';
import { publishingRuntime } from './runtime';
import { configuredSecret } from './secret';
import { wiredIngest } from './wiring';

/** What the publish and revalidate route handlers run with in the server. */
export function endpointDeps(): EndpointDeps {
  return {
    secret: configuredSecret('WARTA_PUBLISH_SECRET'),
    internalToken: processToken(),
    ingest: wiredIngest(),
    invalidate: (changes: ContentChange[]) => applyInvalidation(planInvalidation(changes)),
    onChanges: (changes) => {
      crawlerNotifier().notify(changes);
      void publishingRuntime()?.scheduler?.reschedule();
    },
    log: consoleLog,
  };
}
