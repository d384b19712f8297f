import { execFileSync } from 'node:child_process';
import { median } from '../../kit/stats';

export interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors (connect, read, write, timeout) plus responses other than 2xx/3xx. */
  errors: number;
  requests: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function durationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) throw new Error(`wrk: unreadable duration "${text}"`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

/** Reads wrk's `--latency` report. */
export function parseWrk(output: string): WrkResult {
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(output);
    if (!match) throw new Error(`wrk: no ${p}% latency in output:\n${output}`);
    return durationMs(match[1]!);
  };
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const total = /(\d+) requests in/.exec(output);
  if (!rps || !total) throw new Error(`wrk: no totals in output:\n${output}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requestsPerSecond: Number(rps[1]),
    p50Ms: percentile('50'),
    p99Ms: percentile('99'),
    errors: socketErrors + (non2xx ? Number(non2xx[1]) : 0),
    requests: Number(total[1]),
  };
}

/**
 * Several runs of one URL as one figure each: the median of the rate and of each percentile (a
 * single 10 s run on two shared cores moves by a fifth from one run to the next), errors and
 * requests summed.
 */
export function medianOf(results: WrkResult[]): WrkResult {
  if (results.length === 0) throw new Error('medianOf: no runs');
  const middle = (pick: (r: WrkResult) => number) => median(results.map(pick));
  return {
    requestsPerSecond: middle((r) => r.requestsPerSecond),
    p50Ms: middle((r) => r.p50Ms),
    p99Ms: middle((r) => r.p99Ms),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    requests: results.reduce((sum, r) => sum + r.requests, 0),
  };
}

export interface WrkOptions {
  connections: number;
  durationSeconds: number;
  threads?: number;
  headers?: Record<string, string>;
  /** A Lua script for wrk (-s): other methods, a path per request, a stop after N answers. */
  script?: string;
}

/** Runs wrk against one URL (loopback only) and returns its figures. */
export function runWrk(url: string, options: WrkOptions): WrkResult {
  const { hostname } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') {
    throw new Error(`load is only generated against loopback, not ${hostname}`);
  }
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([name, value]) => [
    '-H',
    `${name}: ${value}`,
  ]);
  const output = execFileSync(
    'wrk',
    [
      `-t${options.threads ?? 2}`,
      `-c${options.connections}`,
      `-d${options.durationSeconds}s`,
      '--timeout',
      '10s',
      '--latency',
      ...headerArgs,
      ...(options.script ? ['-s', options.script] : []),
      url,
    ],
    { encoding: 'utf8' },
  );
  return parseWrk(output);
}
