import os from 'node:os';
import path from 'node:path';
import { e2eSetting } from '../defaults';

/**
 * The writable production servers the desk's journey (e2e/journey/) runs against, one per
 * engine, each started by scripts/ci/live-server.sh on a port of its own (so the journey's
 * articles and accounts never reach the live specs' server): the .next build on SQLite, the
 * .next-pg build on a PostgreSQL database of its own. The Playwright projects `journey-sqlite`
 * and `journey-postgres` each name theirs (the `journeyServer` option).
 */
export interface JourneyServer {
  engine: 'sqlite' | 'postgres';
  port: number;
  /** The server's WARTA_LIVE_DIR: its content copy, clock-start and server.log. */
  dir: string;
  /** What the server's scripts/ci/live-server.sh needs beyond the port. */
  startEnv: Record<string, string>;
  /** What `npm run desk` needs to reach the server's store. */
  storeEnv: Record<string, string>;
}

export function journeyServer(engine: JourneyServer['engine']): JourneyServer {
  const port = Number(e2eSetting(engine === 'sqlite' ? 'E2E_JOURNEY_PORT' : 'E2E_JOURNEY_PG_PORT'));
  const dir = path.join(os.tmpdir(), `warta-live-${port}`);
  const content = { WARTA_CONTENT_DIR: path.join(dir, 'content') };
  if (engine === 'sqlite') {
    return {
      engine,
      port,
      dir,
      startEnv: { WARTA_LIVE_DIR: dir },
      storeEnv: { ...content, WARTA_SQLITE_FILE: path.join(dir, 'store.sqlite') },
    };
  }
  const database = e2eSetting('E2E_JOURNEY_PG_DATABASE');
  return {
    engine,
    port,
    dir,
    startEnv: { WARTA_LIVE_DIR: dir, WARTA_LIVE_PG_DATABASE: database },
    storeEnv: { ...content, WARTA_DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}` },
  };
}
