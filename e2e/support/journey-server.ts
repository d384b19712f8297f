import os from 'node:os';
import path from 'node:path';
import { e2eSetting } from '../defaults';

/**
 * The writable production servers the desk's journey (e2e/journey/) runs against, one per
 * engine: scripts/ci/live-server.sh on SQLite (the live server e2e/live/ shares) and on
 * PostgreSQL (a database of its own). The Playwright projects `journey-sqlite` and
 * `journey-postgres` each name theirs (the `journeyServer` option).
 */
export interface JourneyServer {
  engine: 'sqlite' | 'postgres';
  port: number;
  /** WARTA_LIVE_DIR: its content copy, clock-start and server.log. */
  dir: string;
  /** What `npm run desk` needs to reach the server's store. */
  storeEnv: Record<string, string>;
}

function liveDir(port: number): string {
  return process.env.WARTA_LIVE_DIR && port === Number(e2eSetting('E2E_LIVE_PORT'))
    ? process.env.WARTA_LIVE_DIR
    : path.join(os.tmpdir(), `warta-live-${port}`);
}

export function journeyServer(engine: JourneyServer['engine']): JourneyServer {
  if (engine === 'sqlite') {
    const port = Number(e2eSetting('E2E_LIVE_PORT'));
    const dir = liveDir(port);
    return {
      engine,
      port,
      dir,
      storeEnv: {
        WARTA_CONTENT_DIR: path.join(dir, 'content'),
        WARTA_SQLITE_FILE: path.join(dir, 'store.sqlite'),
      },
    };
  }
  const port = Number(e2eSetting('E2E_LIVE_PG_PORT'));
  const dir = liveDir(port);
  return {
    engine,
    port,
    dir,
    storeEnv: {
      WARTA_CONTENT_DIR: path.join(dir, 'content'),
      WARTA_DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${e2eSetting('E2E_LIVE_PG_DATABASE')}`,
    },
  };
}
