import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL server of a test's own (its own data folder, its own port), so a test can stop and
 * start it without touching the system's cluster on 5432. initdb refuses to run as root: as
 * root it runs as the `postgres` user.
 */
export interface PrivatePostgres {
  port: number;
  dataDir: string;
  url(database: string): string;
  start(): void;
  /** Fast shutdown: open connections are told to go away, as in a real restart. */
  stop(): void;
  /** Stops it and deletes its data folder. */
  destroy(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error('PostgreSQL is not installed (/usr/lib/postgresql)');
  return path.join(root, versions[0], 'bin');
}

const asRoot = process.getuid?.() === 0;

function command(cmd: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

// From "/": as the postgres user, the current directory (a checkout under a private temporary
// directory, say) may be one it cannot enter, and initdb and pg_ctl say so on every call.
function run(cmd: string, args: string[]) {
  execFileSync(...command(cmd, args), { cwd: '/', stdio: ['ignore', 'ignore', 'inherit'] });
}

export function createPrivatePostgres(port: number): PrivatePostgres {
  const bin = binDir();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `warta-pg-${port}-`));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dataDir, uid, gid);
  }
  run(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--no-sync',
  ]);
  const ctl = (args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', dataDir, ...args]);
  const running = () =>
    spawnSync(...command(path.join(bin, 'pg_ctl'), ['-D', dataDir, 'status']), {
      cwd: '/',
      stdio: 'ignore',
    }).status === 0;
  const server: PrivatePostgres = {
    port,
    dataDir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start() {
      ctl([
        '-l',
        path.join(dataDir, 'server.log'),
        '-o',
        `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off`,
        '-w',
        'start',
      ]);
    },
    stop() {
      if (running()) ctl(['-m', 'fast', '-w', 'stop']);
    },
    destroy() {
      server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** Creates `database` on the server (which must be running). */
export function createDatabase(server: PrivatePostgres, database: string) {
  execFileSync(
    'createdb',
    ['-h', '127.0.0.1', '-p', String(server.port), '-U', 'postgres', database],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
