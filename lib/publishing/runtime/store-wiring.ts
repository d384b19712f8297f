import { contentRoot } from '../../content/paths';
import { articleKeys, ingestContent } from '../../ingest';
import { openStore } from '../../store';
import type { IngestFn } from '../ingest-port';
import type { ScheduleSource } from './scheduler';
import { scheduleFromLatest } from './store-schedule';

/** Where the publishing layer meets the content store (lib/ingest, lib/store). */
export function wiredIngest(): IngestFn {
  return ingestContent;
}

export function wiredScheduleSource(): ScheduleSource | undefined {
  return scheduleFromLatest({
    latest: async (now, limit, offset) =>
      (await openStore(contentRoot())).store.latest({ now, includeDrafts: false }, limit, offset),
    keys: articleKeys,
  });
}
