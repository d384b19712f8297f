import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * CPU time the servers behind a port spend, read from /proc. On a machine shared with other
 * work, req/s and latency depend on everything else running; CPU milliseconds per request do not.
 */

/** Pids of the processes listening on a loopback TCP port (ss -ltnp). */
export function pidsListeningOn(port: number): number[] {
  const output = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  return [...new Set([...output.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1])))];
}

const TICKS_PER_SECOND = Number(
  execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100,
);

/** User + system CPU milliseconds used so far by these processes. */
export function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after "(comm)": state is 3rd; utime and stime are the 14th and 15th overall.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Exited meanwhile.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
