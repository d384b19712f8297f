import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';

/**
 * Processes the deployment and the benchmarks start: long-running services in process groups of
 * their own, commands run to the end with their output in a log, and waiting for a server.
 */

/** A service started in its own process group, so stopping it stops everything it started. */
export interface Service {
  name: string;
  child: ChildProcess;
  logFile: string;
}

export function startService(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; logFile: string; cwd?: string },
): Service {
  const log = openSync(options.logFile, 'a');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    // detached: a new process group (setsid), so npx and the server it runs stop together.
    detached: true,
    stdio: ['ignore', log, log],
  });
  return { name, child, logFile: options.logFile };
}

export function isRunning(service: Service): boolean {
  return service.child.exitCode === null && service.child.signalCode === null;
}

/** Signals the whole process group; SIGKILL after `graceMs` if it is still there. */
export async function stopService(
  service: Service,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 5000,
): Promise<void> {
  const pid = service.child.pid;
  if (pid === undefined || !isRunning(service)) return;
  const exited = new Promise<void>((resolve) => service.child.once('exit', () => resolve()));
  signalGroup(pid, signal);
  const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // The leader exited; make sure nothing it started outlives it.
  signalGroup(pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Resolves once `url` answers (any status below 500), asking every `intervalMs`, or rejects
 * after `timeoutMs`.
 */
export async function waitForHttp(
  url: string,
  timeoutMs = 60_000,
  service?: Service,
  intervalMs = 250,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service && !isRunning(service)) {
      throw new Error(`${service.name} exited; see ${service.logFile}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Runs a command to its end, its output written to `logFile`; rejects on a non-zero exit. */
export function runLogged(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; logFile: string },
): Promise<void> {
  const log = openSync(options.logFile, 'w');
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    stdio: ['ignore', log, log],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')}: exit ${code}, see ${options.logFile}`)),
    );
  });
}
