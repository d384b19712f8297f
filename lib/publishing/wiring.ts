import type { IngestFn } from './ingest-port';
import type { ScheduleSource } from './scheduler';

/*
 * Where the publishing layer meets the content store (issue 8). This branch was built before
 * the store existed, so both return undefined: the watcher and scheduler do not start and
 * POST /api/publish answers 503. At the merge they become (names from the store branch):
 *
 *   import { articleKeys, ingestContent } from '../ingest';
 *   import { openStore } from '../store';
 *   import { contentRoot } from '../content/paths';
 *   import { scheduleFromLatest } from './store-schedule';
 *
 *   export const wiredIngest = () => ingestContent;
 *   export const wiredScheduleSource = () =>
 *     scheduleFromLatest({
 *       latest: async (now, limit, offset) =>
 *         (await openStore(contentRoot())).store.latest({ now, includeDrafts: false }, limit, offset),
 *       keys: articleKeys,
 *     });
 */
export function wiredIngest(): IngestFn | undefined {
  return undefined;
}

export function wiredScheduleSource(): ScheduleSource | undefined {
  return undefined;
}
