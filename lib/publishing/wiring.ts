import type { IngestFn } from './ingest-port';
import type { ScheduleSource } from './scheduler';

/*
 * Where the publishing layer meets the content store (issue 8). This branch was built before
 * the store existed; at the merge these two functions return the real ingest
 * (ingestContent from '@/lib/ingest') and a ScheduleSource over the store's articles. Until
 * then the watcher and scheduler do not start and POST /api/publish answers 503.
 */
export function wiredIngest(): IngestFn | undefined {
  return undefined;
}

export function wiredScheduleSource(): ScheduleSource | undefined {
  return undefined;
}
